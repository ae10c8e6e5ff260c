import type { PrismaClient } from "@/lib/db/generated/client";

export const TEAM = ["m0", "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9"];

/** A ten-member SCT (m0..m9), all serving now. */
export async function seedTeam(prisma: PrismaClient, team: string[] = TEAM): Promise<void> {
  await prisma.sctMember.createMany({
    data: team.map((githubLogin) => ({ githubLogin, servedFrom: new Date("2020-01-01T00:00:00Z"), source: "sync" })),
  });
}

/** A bare open proposal to run FCPs on. */
export async function seedProposal(prisma: PrismaClient, number: number): Promise<number> {
  await prisma.proposal.create({
    data: { number, title: `MSC${number}: Test`, githubState: "open", source: "sync" },
  });
  return number;
}

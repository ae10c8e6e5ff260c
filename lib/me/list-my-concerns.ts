import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { MyConcern } from "./me-dto";

/** Concerns the reader raised: open ones first (they may be blocking an FCP), each group newest first. */
export async function listMyConcerns(prisma: PrismaClient, login: string): Promise<MyConcern[]> {
  const rows = await prisma.concern.findMany({
    where: { raisedBy: { equals: login, mode: "insensitive" } },
    select: {
      proposalNumber: true,
      text: true,
      raisedAt: true,
      resolvedBy: true,
      resolvedAt: true,
      proposal: { select: { title: true } },
    },
    orderBy: [{ raisedAt: "desc" }, { id: "desc" }],
  });
  const concerns = rows.map((row): MyConcern => ({
    number: row.proposalNumber,
    title: row.proposal.title,
    text: row.text,
    raisedAt: row.raisedAt.toISOString(),
    resolved: row.resolvedAt !== null,
    resolvedBy: row.resolvedBy,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
  }));
  return [...concerns.filter((c) => !c.resolved), ...concerns.filter((c) => c.resolved)];
}

import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Audience, Channel, EmailRecipient } from "./plan-deliveries";
import type { NotifyLevel } from "../notify-level";

export type MatrixTarget = { roomId: string; level: NotifyLevel; scope: "all" | "followed" };

/** Who wants to hear about these proposals on this channel, as the database says now. */
export async function loadAudience(
  prisma: PrismaClient,
  channel: Channel,
  proposals: readonly number[],
  matrix: MatrixTarget | null,
): Promise<Audience> {
  const audience: Audience = { emailFollowers: new Map(), webhooks: [], matrix, followed: new Set() };
  if (channel === "webhook") {
    const webhooks = await prisma.outboundWebhook.findMany({
      where: { active: true },
      select: { id: true, level: true },
    });
    return { ...audience, webhooks };
  }
  if (channel === "matrix") {
    if (matrix?.scope !== "followed") return audience;
    const rows = await prisma.follow.findMany({
      where: { proposalNumber: { in: [...proposals] } },
      select: { proposalNumber: true },
      distinct: ["proposalNumber"],
    });
    return { ...audience, followed: new Set(rows.map((row) => row.proposalNumber)) };
  }
  const rows = await prisma.follow.findMany({
    where: { proposalNumber: { in: [...proposals] }, user: { emailPreference: { enabled: true } } },
    select: {
      proposalNumber: true,
      user: {
        select: {
          id: true,
          githubLogin: true,
          emailPreference: { select: { level: true, cadence: true, digestHour: true } },
        },
      },
    },
  });
  const followers = new Map<number, EmailRecipient[]>();
  for (const { proposalNumber, user } of rows) {
    const preference = user.emailPreference!;
    followers.set(proposalNumber, [
      ...(followers.get(proposalNumber) ?? []),
      { userId: user.id, login: user.githubLogin, ...preference },
    ]);
  }
  return { ...audience, emailFollowers: followers };
}

import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Audience, Channel, EmailRecipient } from "./plan-deliveries";
import type { NotifyLevel } from "../notify-level";

const PREFERENCE = { select: { level: true, cadence: true, digestHour: true } } as const;

export type MatrixTarget = { roomId: string; level: NotifyLevel; scope: "all" | "followed" };

/** Who wants to hear about these proposals on this channel, as the database says now. */
export async function loadAudience(
  prisma: PrismaClient,
  channel: Channel,
  proposals: readonly number[],
  matrix: MatrixTarget | null,
  /** The logins reminders among the events are addressed to. */
  addressees: readonly string[] = [],
): Promise<Audience> {
  const audience: Audience = {
    emailFollowers: new Map(),
    emailAddressees: new Map(),
    webhooks: [],
    matrix,
    followed: new Set(),
  };
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
          emailPreference: PREFERENCE,
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
  const addressed = addressees.length
    ? await prisma.user.findMany({
        where: { githubLogin: { in: [...addressees], mode: "insensitive" }, emailPreference: { enabled: true } },
        select: { id: true, githubLogin: true, emailPreference: PREFERENCE },
      })
    : [];
  const byLogin = new Map(
    addressed.map((user): [string, EmailRecipient] => [
      user.githubLogin!.toLowerCase(),
      { userId: user.id, login: user.githubLogin, ...user.emailPreference! },
    ]),
  );
  return { ...audience, emailFollowers: followers, emailAddressees: byLogin };
}

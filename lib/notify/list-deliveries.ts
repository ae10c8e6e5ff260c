import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";

// The delivery log for the admin page: the latest deliveries, newest first, as plain
// data. Targets are named without secrets: a webhook by its URL's host and path, a
// person by their GitHub login, never their e-mail address.

export type DeliveryLogEntry = {
  id: string;
  channel: "email" | "matrix" | "webhook";
  target: string;
  key: string;
  eventCount: number;
  status: "pending" | "sent" | "failed" | "gave_up";
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
  nextAttemptAt: Date | null;
};

export async function listDeliveries(prisma: PrismaClient, limit = 50): Promise<DeliveryLogEntry[]> {
  const rows = await prisma.delivery.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(1, limit), 500),
    select: {
      id: true,
      channel: true,
      targetId: true,
      key: true,
      eventIds: true,
      status: true,
      attempts: true,
      lastError: true,
      createdAt: true,
      sentAt: true,
      nextAttemptAt: true,
    },
  });
  const userIds = rows.filter((r) => r.channel === "email").map((r) => r.targetId);
  const hookIds = rows.filter((r) => r.channel === "webhook").map((r) => Number(r.targetId));
  const [users, hooks] = await Promise.all([
    prisma.user.findMany({ where: { id: { in: userIds } }, select: { id: true, githubLogin: true } }),
    prisma.outboundWebhook.findMany({ where: { id: { in: hookIds } }, select: { id: true, url: true } }),
  ]);
  const login = new Map(users.map((u) => [u.id, u.githubLogin]));
  const url = new Map(hooks.map((h) => [String(h.id), h.url]));
  const targetOf = (channel: string, id: string) => {
    if (channel === "email") return login.get(id) ? `@${login.get(id)}` : `user ${id}`;
    if (channel === "webhook") return url.has(id) ? withoutCredentials(url.get(id)!) : `webhook ${id} (removed)`;
    return id;
  };
  return rows.map((row) => ({
    id: row.id,
    channel: row.channel,
    target: targetOf(row.channel, row.targetId),
    key: row.key,
    eventCount: row.eventIds.length,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
    // Only a delivery still to be tried has a next attempt worth showing.
    nextAttemptAt: row.status === "pending" || row.status === "failed" ? row.nextAttemptAt : null,
  }));
}

/** A webhook URL as shown to admins: no user, password or query (tokens often ride there). */
function withoutCredentials(raw: string): string {
  if (!URL.canParse(raw)) return raw;
  const url = new URL(raw);
  return `${url.protocol}//${url.host}${url.pathname}`;
}

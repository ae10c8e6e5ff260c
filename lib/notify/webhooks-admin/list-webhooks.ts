import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { displayWebhookUrl } from "./webhook-url";

export type WebhookView = {
  id: number;
  /** Without credentials or query; the secret is never read back. */
  url: string;
  level: "every" | "significant";
  active: boolean;
  createdBy: string;
  createdAt: string;
};

export async function listWebhooks(prisma: PrismaClient): Promise<WebhookView[]> {
  const rows = await prisma.outboundWebhook.findMany({
    orderBy: { id: "asc" },
    select: { id: true, url: true, level: true, active: true, createdBy: true, createdAt: true },
  });
  return rows.map((row) => ({ ...row, url: displayWebhookUrl(row.url), createdAt: row.createdAt.toISOString() }));
}

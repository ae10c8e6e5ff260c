import "server-only";
import { getPrisma } from "../db/client";
import type { PrismaClient } from "../db/generated/client";

/**
 * The Spec Core Team now: members whose period of service has not ended, alphabetical.
 * Empty when no team sync or membership webhook has been seen (the snapshot has none).
 */
export async function listCurrentTeam(prisma?: PrismaClient): Promise<string[]> {
  const db = prisma ?? (await getPrisma());
  const rows = await db.sctMember.findMany({ where: { servedUntil: null }, select: { githubLogin: true } });
  return [...new Set(rows.map((r) => r.githubLogin))].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" }));
}

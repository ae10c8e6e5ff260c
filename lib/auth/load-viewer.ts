import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { makeViewer, type Viewer } from "./roles";

/**
 * A signed-in person's role, read fresh on every request (never from the session
 * cookie), so joining or leaving the team or losing admin takes effect at once.
 *
 * Membership is an open SctMember period. Team sync keeps those rows in step with the
 * GitHub team when the token can read it; when it cannot, the admin-managed list (rows
 * with source "web"; its UI is later work) is the record instead. Either way this is
 * the one question asked. GitHub logins are case-insensitive.
 */
export async function loadViewer(prisma: PrismaClient, login: string): Promise<Viewer> {
  const sameLogin = { equals: login, mode: "insensitive" } as const;
  const [user, membership] = await Promise.all([
    prisma.user.findFirst({ where: { githubLogin: sameLogin }, select: { isAdmin: true } }),
    prisma.sctMember.findFirst({ where: { githubLogin: sameLogin, servedUntil: null }, select: { id: true } }),
  ]);
  return makeViewer(login, { isMember: membership !== null, isAdmin: user?.isAdmin ?? false });
}

import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";

export type SignedInPerson = {
  login: string;
  /** GitHub's numeric user id; null for the development sign-in. */
  githubId: bigint | null;
  name: string | null;
  image: string | null;
};

/**
 * Stores or refreshes the person's User row at sign-in and grants admin to logins named
 * in ADMIN_GITHUB_LOGINS (never revokes: later admins are managed in the app). The row
 * is found by GitHub id first because a login can be renamed; a stale row holding the
 * login (its owner renamed away) lets go of it.
 */
export async function recordSignIn(
  prisma: PrismaClient,
  person: SignedInPerson,
  adminLogins: readonly string[],
): Promise<{ id: string; login: string }> {
  const makeAdmin = adminLogins.includes(person.login.toLowerCase());
  return prisma.$transaction(async (tx) => {
    const byLogin = await tx.user.findFirst({
      where: { githubLogin: { equals: person.login, mode: "insensitive" } },
    });
    const byId = person.githubId === null ? null : await tx.user.findUnique({ where: { githubId: person.githubId } });
    const samePerson = byLogin && (byLogin.githubId === null || byLogin.githubId === person.githubId);
    const existing = byId ?? (samePerson || person.githubId === null ? byLogin : null);
    if (byLogin && byLogin.id !== existing?.id) {
      await tx.user.update({ where: { id: byLogin.id }, data: { githubLogin: null } });
    }
    const facts = {
      githubLogin: person.login,
      ...(person.githubId === null ? {} : { githubId: person.githubId }),
      name: person.name,
      image: person.image,
      ...(makeAdmin ? { isAdmin: true } : {}),
    };
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: facts })
      : await tx.user.create({ data: facts });
    if (makeAdmin && !existing?.isAdmin) {
      await tx.event.create({
        data: {
          kind: "admin.granted",
          actorLogin: person.login,
          source: "system",
          data: { login: person.login, reason: "listed in ADMIN_GITHUB_LOGINS" },
        },
      });
    }
    return { id: user.id, login: person.login };
  });
}

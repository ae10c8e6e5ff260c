import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { ActionError } from "./action-result";
import type { Viewer } from "./roles";

// Sessions carry a GitHub login; follows, searches, preferences and feed state belong to
// the users row sign-in writes for it. Logins are matched without regard to case, as
// GitHub treats them.

type Db = PrismaClient | Prisma.TransactionClient;

const NOT_ON_RECORD = "Your sign-in is not on record here: sign out and sign in again.";

/** The users row id for a login, or null when that sign-in is not on record. */
export async function findUserId(db: Db, login: string): Promise<string | null> {
  const user = await db.user.findFirst({
    where: { githubLogin: { equals: login, mode: "insensitive" } },
    select: { id: true },
  });
  return user?.id ?? null;
}

/** The acting viewer's users row id, for an action: a 403 when it is not on record. */
export async function userIdOf(db: Db, viewer: Viewer): Promise<string> {
  const id = await findUserId(db, viewer.login ?? "");
  if (!id) throw new ActionError(403, NOT_ON_RECORD);
  return id;
}

import "server-only";
import { ActionError } from "@/lib/auth/action-result";
import { defineAction } from "@/lib/auth/define-action";
import type { ActionDefinition } from "@/lib/auth/run-action";
import { adminChangeInput } from "./admin-inputs";

/**
 * Takes admin away, never from the last admin: nobody could then grant it again short
 * of editing ADMIN_GITHUB_LOGINS and signing in. An admin may step down themselves.
 */
export const revokeAdminDefinition: ActionDefinition<typeof adminChangeInput, { login: string }> = {
  action: "revoke admin",
  role: "admin",
  input: adminChangeInput,
  authorize: async (_viewer, input, tx) => {
    const user = await tx.user.findFirst({
      where: { githubLogin: { equals: input.login, mode: "insensitive" } },
      select: { isAdmin: true },
    });
    return user?.isAdmin ? true : { status: 404, message: `${input.login} is not an admin.` };
  },
  handler: async ({ input, tx }) => {
    // Lock every admin row, so two admins revoking each other at once cannot leave none.
    const admins = await tx.$queryRaw<{ id: string; github_login: string | null }[]>`
      SELECT id, github_login FROM users WHERE is_admin ORDER BY id FOR UPDATE`;
    const target = admins.find((row) => row.github_login?.toLowerCase() === input.login.toLowerCase());
    if (!target) throw new ActionError(404, `${input.login} is not an admin.`);
    if (admins.length === 1) {
      throw new ActionError(409, `${target.github_login} is the last admin: grant admin to someone else first.`);
    }
    await tx.user.update({ where: { id: target.id }, data: { isAdmin: false } });
    const login = target.github_login ?? input.login;
    return {
      data: { login },
      events: [{ kind: "admin.revoked", data: { login, reason: input.reason } }],
    };
  },
};

export const revokeAdminAction = defineAction(revokeAdminDefinition);

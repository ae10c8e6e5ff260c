import "server-only";
import { defineAction } from "@/lib/auth/define-action";
import type { ActionDefinition } from "@/lib/auth/run-action";
import { adminChangeInput } from "./admin-inputs";

/**
 * Makes a person an admin. They must have signed in once: admin is a fact of their
 * users row, and a login nobody has used yet may be misspelt.
 */
export const grantAdminDefinition: ActionDefinition<typeof adminChangeInput, { login: string }> = {
  action: "grant admin",
  role: "admin",
  input: adminChangeInput,
  authorize: async (_viewer, input, tx) => {
    const user = await tx.user.findFirst({
      where: { githubLogin: { equals: input.login, mode: "insensitive" } },
      select: { githubLogin: true, isAdmin: true },
    });
    if (!user) {
      return {
        status: 404,
        message: `${input.login} has never signed in here: ask them to sign in once, then try again.`,
      };
    }
    return user.isAdmin ? { status: 409, message: `${user.githubLogin} is already an admin.` } : true;
  },
  handler: async ({ input, tx }) => {
    const user = await tx.user.findFirstOrThrow({
      where: { githubLogin: { equals: input.login, mode: "insensitive" } },
      select: { id: true, githubLogin: true },
    });
    await tx.user.update({ where: { id: user.id }, data: { isAdmin: true } });
    const login = user.githubLogin ?? input.login;
    return {
      data: { login },
      events: [{ kind: "admin.granted", data: { login, reason: input.reason } }],
    };
  },
};

export const grantAdminAction = defineAction(grantAdminDefinition);

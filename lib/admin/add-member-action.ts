import "server-only";
import { defineAction } from "@/lib/auth/define-action";
import type { ActionDefinition } from "@/lib/auth/run-action";
import { teamChangeInput } from "./admin-inputs";
import { findServingPeriod } from "./serving-period";
import { teamEditVerdict } from "./team-edit-verdict";

type Added = { login: string; servedFrom: string };

/**
 * Opens a membership period (source "web") on the admins' list. Only while that list is
 * the record (team-edit-verdict.ts); a login already serving is a 409, not a second period.
 */
export const addMemberDefinition: ActionDefinition<typeof teamChangeInput, Added> = {
  action: "add a Spec Core Team member",
  role: "admin",
  input: teamChangeInput,
  authorize: async (_viewer, input, tx) => {
    const editable = await teamEditVerdict(tx);
    if (editable !== true) return editable;
    const serving = await findServingPeriod(tx, input.login);
    return serving ? { status: 409, message: `${serving.githubLogin} is already on the Spec Core Team.` } : true;
  },
  handler: async ({ input, tx }) => {
    const now = new Date();
    await tx.sctMember.create({ data: { githubLogin: input.login, servedFrom: now, source: "web" } });
    return {
      data: { login: input.login, servedFrom: now.toISOString() },
      events: [{ kind: "team.joined", at: now, data: { login: input.login, reason: input.reason } }],
    };
  },
};

export const addMemberAction = defineAction(addMemberDefinition);

import "server-only";
import { defineAction } from "@/lib/auth/define-action";
import type { ActionDefinition } from "@/lib/auth/run-action";
import { teamChangeInput } from "./admin-inputs";
import { findServingPeriod } from "./serving-period";
import { teamEditVerdict } from "./team-edit-verdict";

type Removed = { login: string; servedUntil: string };

/**
 * Closes the member's open period; the period stays, so votes cast while they served
 * are still checked against it. Only while the admins' list is the record.
 */
export const removeMemberDefinition: ActionDefinition<typeof teamChangeInput, Removed> = {
  action: "remove a Spec Core Team member",
  role: "admin",
  input: teamChangeInput,
  authorize: async (_viewer, input, tx) => {
    const editable = await teamEditVerdict(tx);
    if (editable !== true) return editable;
    const serving = await findServingPeriod(tx, input.login);
    return serving ? true : { status: 404, message: `${input.login} is not on the Spec Core Team.` };
  },
  handler: async ({ input, tx }) => {
    const now = new Date();
    const period = await findServingPeriod(tx, input.login);
    // authorize found it earlier in this same transaction.
    if (!period) throw new Error(`${input.login}'s open membership period is gone`);
    await tx.sctMember.update({ where: { id: period.id }, data: { servedUntil: now } });
    return {
      data: { login: period.githubLogin, servedUntil: now.toISOString() },
      events: [{ kind: "team.left", at: now, data: { login: period.githubLogin, reason: input.reason } }],
    };
  },
};

export const removeMemberAction = defineAction(removeMemberDefinition);

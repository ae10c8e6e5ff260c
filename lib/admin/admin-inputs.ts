import { z } from "zod";

// Inputs of the admin actions. Every change an admin makes by hand carries a reason,
// written to the audit log beside what changed, so a later reader can tell why.

const proposalNumber = z.coerce.number().int().positive().max(2_147_483_647);
const roundId = z.coerce.number().int().positive().max(2_147_483_647);
export const reason = z
  .string({ error: "give a reason" })
  .trim()
  .min(1, "give a reason, for the audit log")
  .max(500, "keep the reason under 500 characters");
/** GitHub's rule: letters, digits and single hyphens, not at either end, at most 39. */
export const githubLogin = z
  .string({ error: "name a GitHub login" })
  .trim()
  .transform((login) => login.replace(/^@/, ""))
  .pipe(
    z
      .string()
      .regex(
        /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/,
        "that is not a GitHub login (letters, digits, hyphens)",
      ),
  );

export const teamChangeInput = z.object({ login: githubLogin, reason });
export const adminChangeInput = z.object({ login: githubLogin, reason });

export const correctPositionInput = z.object({
  proposalNumber,
  roundId,
  member: githubLogin,
  position: z.enum(["approve", "abstain", "recuse", "none"]),
  reason,
});
export const correctConcernInput = z.object({
  proposalNumber,
  concernId: z.coerce.number().int().positive().max(2_147_483_647),
  to: z.enum(["resolved", "open"]),
  reason,
});
export const closeRoundInput = z.object({
  proposalNumber,
  roundId,
  outcome: z.enum(["cancelled", "finished"]),
  reason,
});

import "server-only";
import { z } from "zod";
import type { ActionDefinition, ResourceVerdict, Tx } from "@/lib/auth/run-action";
import { userIdOf } from "@/lib/auth/user-id";

// Following an MSC lists it on the reader's /me page. Both actions are idempotent: a
// second follow or unfollow changes nothing and says so, so a form sent twice (a
// reload, a double click) is not an error. Each still records what was asked.

export const followInput = z.object({ proposalNumber: z.coerce.number().int().positive().max(2_147_483_647) });

type Followed = { proposalNumber: number; following: boolean; changed: boolean };

async function proposalVerdict(tx: Tx, proposalNumber: number): Promise<ResourceVerdict> {
  const found = await tx.proposal.findUnique({ where: { number: proposalNumber }, select: { number: true } });
  return found ? true : { status: 404, message: `MSC${proposalNumber} is not tracked here.` };
}

export const followDefinition: ActionDefinition<typeof followInput, Followed> = {
  action: "follow an MSC",
  role: "contributor",
  input: followInput,
  authorize: (_viewer, input, tx) => proposalVerdict(tx, input.proposalNumber),
  handler: async ({ input, viewer, tx }) => {
    const userId = await userIdOf(tx, viewer);
    const { count } = await tx.follow.createMany({
      data: [{ userId, proposalNumber: input.proposalNumber }],
      skipDuplicates: true,
    });
    // Followed already because a saved search matched it: now it is the reader's own
    // choice, so deleting that search later keeps it.
    const { count: madeOwn } = await tx.follow.updateMany({
      where: { userId, proposalNumber: input.proposalNumber, savedSearchId: { not: null } },
      data: { savedSearchId: null },
    });
    const changed = count === 1 || madeOwn === 1;
    return {
      data: { proposalNumber: input.proposalNumber, following: true, changed },
      events: [{ kind: "follow.added", proposalNumber: input.proposalNumber, data: { changed } }],
    };
  },
};

export const unfollowDefinition: ActionDefinition<typeof followInput, Followed> = {
  action: "unfollow an MSC",
  role: "contributor",
  input: followInput,
  authorize: (_viewer, input, tx) => proposalVerdict(tx, input.proposalNumber),
  handler: async ({ input, viewer, tx }) => {
    const userId = await userIdOf(tx, viewer);
    const { count } = await tx.follow.deleteMany({ where: { userId, proposalNumber: input.proposalNumber } });
    return {
      data: { proposalNumber: input.proposalNumber, following: false, changed: count === 1 },
      events: [{ kind: "follow.removed", proposalNumber: input.proposalNumber, data: { changed: count === 1 } }],
    };
  },
};

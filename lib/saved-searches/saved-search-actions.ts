import "server-only";
import { z } from "zod";
import { ActionError } from "@/lib/auth/action-result";
import type { ActionDefinition, ResourceVerdict, Tx } from "@/lib/auth/run-action";
import type { Viewer } from "@/lib/auth/roles";
import { userIdOf } from "@/lib/auth/user-id";
import { applySavedSearchesInTransaction } from "./apply-saved-searches";
import { checkbox, defaultName, encodeFilters, NAME_MAX, savedFiltersSchema } from "./saved-search-filters";

// Saving a search follows what it matches now and, from then on, what comes to match it
// (apply-saved-searches.ts); deleting one unfollows what it followed and nothing else.
// Both record a private event, like follows: they never reach the public audit log.

export const MAX_SAVED_SEARCHES = 25;

export const createSavedSearchInput = savedFiltersSchema.extend({
  mine: checkbox.default(false),
  name: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.string().trim().max(NAME_MAX, `a name has at most ${NAME_MAX} characters`).optional(),
  ),
});

type Created = { id: number; name: string; matching: number; followed: number };

export const createSavedSearchDefinition: ActionDefinition<typeof createSavedSearchInput, Created> = {
  action: "save a search",
  role: "contributor",
  input: createSavedSearchInput,
  handler: async ({ input, viewer, tx }) => {
    const userId = await userIdOf(tx, viewer);
    const query = encodeFilters(input);
    if (query === "" && !input.mine)
      throw new ActionError(
        422,
        "Choose at least one filter (or “authored by me”): a search for everything would follow every MSC.",
      );
    const same = await tx.savedSearch.findFirst({ where: { userId, query, mine: input.mine }, select: { name: true } });
    if (same) throw new ActionError(409, `You already saved this search, as “${same.name}”.`);
    if ((await tx.savedSearch.count({ where: { userId } })) >= MAX_SAVED_SEARCHES)
      throw new ActionError(422, `You have ${MAX_SAVED_SEARCHES} saved searches, the most allowed: delete one first.`);
    const name = input.name ?? defaultName(query, input.mine);
    // The unique index settles two saves of the same search sent at once.
    const [created] = await tx.savedSearch.createManyAndReturn({
      data: [{ userId, name, query, mine: input.mine }],
      skipDuplicates: true,
      select: { id: true },
    });
    if (!created) throw new ActionError(409, "You already saved this search.");
    const now = new Date();
    const applied = await applySavedSearchesInTransaction(tx, { savedSearchId: created.id, now });
    const counts = applied.searches.get(created.id) ?? { matching: 0, followed: 0 };
    return {
      data: { id: created.id, name, ...counts },
      events: [{ kind: "saved_search.created", data: { id: created.id, name, query, mine: input.mine, ...counts } }],
    };
  },
};

export const deleteSavedSearchInput = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

/** Only the owner's: someone else's search answers exactly as a missing one does. */
async function ownSearchVerdict(tx: Tx, viewer: Viewer, id: number): Promise<ResourceVerdict> {
  const userId = await userIdOf(tx, viewer);
  const found = await tx.savedSearch.findFirst({ where: { id, userId }, select: { id: true } });
  return found ? true : { status: 404, message: `You have no saved search ${id}.` };
}

type Deleted = { id: number; name: string; unfollowed: number };

export const deleteSavedSearchDefinition: ActionDefinition<typeof deleteSavedSearchInput, Deleted> = {
  action: "delete a saved search",
  role: "contributor",
  input: deleteSavedSearchInput,
  authorize: (viewer, input, tx) => ownSearchVerdict(tx, viewer, input.id),
  handler: async ({ input, tx }) => {
    await handOverFollows(tx, input.id);
    // What is left came from this search only; hand follows (savedSearchId null) stay.
    const { count: unfollowed } = await tx.follow.deleteMany({ where: { savedSearchId: input.id } });
    const { name } = await tx.savedSearch.delete({ where: { id: input.id }, select: { name: true } });
    return {
      data: { id: input.id, name, unfollowed },
      events: [{ kind: "saved_search.deleted", data: { id: input.id, name, unfollowed } }],
    };
  },
};

/**
 * A follow names the one search that made it, but another of the owner's searches may
 * have matched the same MSC since: that search keeps the follow, as if it had made it.
 */
async function handOverFollows(tx: Tx, id: number): Promise<void> {
  const follows = await tx.follow.findMany({
    where: { savedSearchId: id },
    select: { userId: true, proposalNumber: true },
  });
  if (follows.length === 0) return;
  const others = await tx.savedSearchMatch.findMany({
    where: {
      proposalNumber: { in: follows.map((f) => f.proposalNumber) },
      savedSearchId: { not: id },
      savedSearch: { userId: follows[0]!.userId },
    },
    select: { savedSearchId: true, proposalNumber: true },
    orderBy: { savedSearchId: "asc" },
  });
  const heir = new Map<number, number>();
  for (const match of others) if (!heir.has(match.proposalNumber)) heir.set(match.proposalNumber, match.savedSearchId);
  const bySearch = new Map<number, number[]>();
  for (const [proposalNumber, searchId] of heir)
    bySearch.set(searchId, [...(bySearch.get(searchId) ?? []), proposalNumber]);
  for (const [searchId, numbers] of bySearch) {
    await tx.follow.updateMany({
      where: { savedSearchId: id, proposalNumber: { in: numbers } },
      data: { savedSearchId: searchId },
    });
  }
}

import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { GitHubIssueEvent } from "../github-types";

type Tx = Prisma.TransactionClient;

// A webhook's label change has no event id; the same change later read from
// /issues/events does. Rows this close in time with the same label and action are
// taken to be one change, so it is recorded once.
const SAME_CHANGE_MS = 60_000;

/**
 * Records label additions and removals of known MSCs as label history. GitHub's event
 * id is unique in the table, so a page read twice (overlap, resume) adds nothing.
 */
export async function storeLabelEvents(
  tx: Tx,
  events: GitHubIssueEvent[],
  source: "sync" | "webhook",
): Promise<number> {
  const labelEvents = events.filter(
    (e) => (e.event === "labeled" || e.event === "unlabeled") && e.label?.name && e.issue?.number,
  );
  if (labelEvents.length === 0) return 0;
  const numbers = [...new Set(labelEvents.map((e) => e.issue!.number))];
  const known = new Set(
    (await tx.proposal.findMany({ where: { number: { in: numbers } }, select: { number: true } })).map((p) => p.number),
  );
  const rows = labelEvents
    .filter((e) => known.has(e.issue!.number))
    .map((e) => ({
      proposalNumber: e.issue!.number,
      labelName: e.label!.name,
      action: e.event === "labeled" ? ("added" as const) : ("removed" as const),
      actorLogin: e.actor?.login ?? null,
      at: new Date(e.created_at),
      githubEventId: e.id > 0 ? BigInt(e.id) : null,
      source,
    }));
  let stored = 0;
  for (const row of rows) stored += await storeOne(tx, row);
  return stored;
}

type Row = Prisma.LabelChangeCreateManyInput & { at: Date };

async function storeOne(tx: Tx, row: Row): Promise<number> {
  const twin = await tx.labelChange.findFirst({
    where: {
      proposalNumber: row.proposalNumber,
      labelName: row.labelName,
      action: row.action,
      githubEventId: row.githubEventId === null ? undefined : null,
      at: { gte: new Date(row.at.getTime() - SAME_CHANGE_MS), lte: new Date(row.at.getTime() + SAME_CHANGE_MS) },
    },
  });
  if (twin) {
    if (row.githubEventId === null || twin.githubEventId !== null) return 0;
    const taken = await tx.labelChange.count({ where: { githubEventId: row.githubEventId } });
    if (taken > 0) return 0;
    await tx.labelChange.update({ where: { id: twin.id }, data: { githubEventId: row.githubEventId, at: row.at } });
    return 0;
  }
  const result = await tx.labelChange.createMany({ data: [row], skipDuplicates: true });
  return result.count;
}

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
  // Candidates for "the same change", loaded once per page and matched here: for a
  // synced event, webhook rows without an id; for a webhook, any row of its proposal.
  const idless = await tx.labelChange.findMany({
    where: { proposalNumber: { in: [...known] }, ...(source === "sync" ? { githubEventId: null } : {}) },
  });
  const fresh: Row[] = [];
  for (const row of rows) {
    const twin = idless.find(
      (t) =>
        t.proposalNumber === row.proposalNumber &&
        t.labelName === row.labelName &&
        t.action === row.action &&
        Math.abs(t.at.getTime() - row.at.getTime()) <= SAME_CHANGE_MS,
    );
    if (!twin) fresh.push(row);
    else if (row.githubEventId !== null) {
      idless.splice(idless.indexOf(twin), 1);
      await attachId(tx, twin.id, row);
    }
  }
  const result = await tx.labelChange.createMany({ data: fresh, skipDuplicates: true });
  return result.count;
}

type Row = Prisma.LabelChangeCreateManyInput & { at: Date; githubEventId: bigint | null };

/** Gives a webhook's id-less row the event id the sync found for the same change. */
async function attachId(tx: Tx, id: bigint, row: Row): Promise<void> {
  const taken = await tx.labelChange.count({ where: { githubEventId: row.githubEventId } });
  if (taken === 0)
    await tx.labelChange.update({ where: { id }, data: { githubEventId: row.githubEventId, at: row.at } });
}

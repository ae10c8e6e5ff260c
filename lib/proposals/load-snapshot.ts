import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { markDataChanged } from "../cache/data-generation";
import type { PrismaClient } from "../db/generated/client";
import { snapshotSchema, type Snapshot, type SnapshotRecord } from "./snapshot-record";

export const SNAPSHOT_PATH = path.join(process.cwd(), "prisma", "seed", "mscs-snapshot.json");

// A fixed advisory lock key so that two app instances starting on one empty
// PostgreSQL database load the snapshot once, not twice.
const SNAPSHOT_LOCK = 4_550_001;

export function readSnapshot(file: string = SNAPSHOT_PATH): Snapshot {
  return snapshotSchema.parse(JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, "utf8")));
}

/**
 * Loads the bundled snapshot into a database that has never held proposals, so a new
 * user sees real MSCs before any sync. Does nothing once any proposal or sync exists.
 */
export async function loadSnapshotIfEmpty(prisma: PrismaClient, snapshot: Snapshot = readSnapshot()) {
  const result = await prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SNAPSHOT_LOCK})`;
      if ((await tx.proposal.count()) > 0 || (await tx.syncRun.count()) > 0) return { loaded: 0 };

      const labelNames = [...new Set(snapshot.records.flatMap((r) => r.labels ?? []))];
      await tx.label.createMany({ data: labelNames.map((name) => ({ name })) });
      await tx.proposal.createMany({ data: snapshot.records.map(toProposalRow) });
      await tx.proposalLabel.createMany({
        data: snapshot.records.flatMap((r) =>
          (r.labels ?? []).map((labelName) => ({ proposalNumber: r.number, labelName })),
        ),
      });
      const dataAsOf = new Date(snapshot.dataAsOf);
      await tx.syncRun.create({
        data: { kind: "snapshot", outcome: "succeeded", finishedAt: new Date(), dataAsOf },
      });
      return { loaded: snapshot.records.length };
    },
    { timeout: 60_000 },
  );
  if (result.loaded > 0) markDataChanged();
  return result;
}

function toProposalRow(record: SnapshotRecord) {
  return {
    number: record.number,
    title: record.title,
    githubState: record.state === "open" ? "open" : "closed",
    merged: record.state === "merged",
    isPullRequest: record.isPullRequest,
    authorLogin: record.author,
    authors: record.author ? [record.author] : [],
    proposalPath: record.proposalPath,
    createdAt: record.createdAt ? new Date(record.createdAt) : null,
    mergedAt: record.mergedAt ? new Date(record.mergedAt) : null,
    source: "snapshot" as const,
  };
}

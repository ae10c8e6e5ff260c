// Builds prisma/seed/mscs-snapshot.json from the shared real MSC records
// (../shared/data/mscs.json by default). Run: npm run snapshot:build [-- path]
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { snapshotSchema, type SnapshotRecord } from "../lib/proposals/snapshot-record";

type SharedRecord = {
  number: number;
  title: string;
  author: string | null;
  created_at: string | null;
  merged_at: string | null;
  state: "open" | "closed" | "merged";
  labels: string[] | null;
  mscbot_comments: { at: string; body: string }[];
  proposal_path: string | null;
  sources: string[];
};

const input = process.argv[2] ?? path.join(process.cwd(), "..", "shared", "data", "mscs.json");
const output = path.join(process.cwd(), "prisma", "seed", "mscs-snapshot.json");
const shared = JSON.parse(readFileSync(input, "utf8")) as SharedRecord[];

// The kind of thread is known only where a source URL names it; otherwise unknown.
function isPullRequest(record: SharedRecord): boolean | null {
  if (record.sources.some((url) => /\/pull\/\d+$/.test(url))) return true;
  if (record.sources.some((url) => /\/issues\/\d+$/.test(url))) return false;
  return null;
}

const records: SnapshotRecord[] = shared.map((record) => ({
  number: record.number,
  title: record.title,
  author: record.author,
  state: record.state,
  isPullRequest: isPullRequest(record),
  labels: record.labels,
  createdAt: record.created_at,
  mergedAt: record.merged_at,
  proposalPath: record.proposal_path,
  mscbotComments: record.mscbot_comments,
}));

const dates = records.flatMap((r) => [r.createdAt, r.mergedAt, ...r.mscbotComments.map((c) => c.at)]);
const dataAsOf =
  dates
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1) ?? new Date(0).toISOString();

const snapshot = snapshotSchema.parse({
  description: "Real MSC records from matrix-org/matrix-spec-proposals (git history and stored GitHub threads)",
  dataAsOf: new Date(dataAsOf).toISOString(),
  records,
});
writeFileSync(output, JSON.stringify(snapshot, null, 1) + "\n");
console.log(
  `Wrote ${records.length} records (data as of ${snapshot.dataAsOf}) to ${path.relative(process.cwd(), output)}`,
);

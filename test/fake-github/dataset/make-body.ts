import type { Rng } from "./prng";
import { repositoryWebUrlAt, sctRosterAt } from "./repository";
import type { ThreadRecord } from "./source-records";

// Descriptions, which the real records do not have. MSC pull requests carry a
// Rendered link to the proposal file, sometimes on the author's fork, and a fraction
// carry the optional metadata lines at line start (MSC-PROCESS.md). The earliest MSCs
// were issues pointing at a Google Doc.

export function slugify(title: string): string {
  const words = title
    .replace(/^\[WIP\]\s*/i, "")
    .replace(/^MSC\s*\w*\s*[:\-–]\s*/i, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  return words.slice(0, 6).join("-") || "proposal";
}

export type BodyInput = { record: ThreadRecord; author: string; createdAtMs: number };

export function makeBody({ record, author, createdAtMs }: BodyInput, rng: Rng): string | null {
  if (!record.isMsc) return nonMscBody(record, rng);
  const lines: string[] = [];
  const date = new Date(createdAtMs).toISOString().slice(0, 10);
  if (record.kind === "issue") {
    lines.push(`Documentation: https://docs.google.com/document/d/${docId(rng)}/edit`);
    lines.push(`Author: @${author}`, `Date: ${date}`);
  } else {
    const file = record.proposalPath ?? `proposals/${record.number}-${slugify(record.title)}.md`;
    const owner = rng.chance(0.3) ? author : "matrix-org";
    const repo = owner === "matrix-org" ? repositoryWebUrlAt(createdAtMs).split("/").pop() : "matrix-spec-proposals";
    const branch = rng.weighted([
      [`${author.toLowerCase()}/msc${record.number}`, 5],
      [`${author.toLowerCase()}/${slugify(record.title)}`, 3],
      [`patch-${rng.int(1, 9)}`, 1],
    ] as const);
    lines.push(`[Rendered](https://github.com/${owner}/${repo}/blob/${branch}/${file})`);
    if (rng.chance(0.35)) {
      lines.push("");
      lines.push(`Author: @${author}`);
      if (rng.chance(0.5)) lines.push(`Shepherd: @${rng.pick(sctRosterAt(createdAtMs))}`);
      if (rng.chance(0.4)) lines.push(`PRs: #${rng.int(100, 2200)}`);
      if (rng.chance(0.2)) lines.push(`Date: ${date}`);
    }
  }
  if (rng.chance(0.4)) {
    lines.push("", rng.pick(["Implementations:", "Implementation:"]));
    lines.push(`* Synapse: https://github.com/element-hq/synapse/pull/${rng.int(4000, 19000)}`);
  }
  if (record.synthetic) lines.push("", "_Synthetic proposal generated for scale tests; not a real MSC._");
  return lines.join("\n");
}

function nonMscBody(record: ThreadRecord, rng: Rng): string | null {
  if (rng.chance(0.1)) return null;
  if (record.kind === "pull") {
    return rng.pick([
      "Fixes a couple of inconsistencies spotted while implementing this.",
      `Fixes #${Math.max(1, record.number - rng.int(1, 200))}`,
      "Small wording fix; no change in behaviour.",
    ]);
  }
  return rng.pick([
    "The spec is unclear here and implementations disagree.",
    "Filed so that we don't forget about this.",
    "Steps to reproduce are in the linked room.",
  ]);
}

function docId(rng: Rng): string {
  const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
  let id = "1";
  for (let i = 0; i < 43; i++) id += chars[rng.int(0, chars.length - 1)];
  return id;
}

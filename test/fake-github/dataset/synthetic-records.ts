import type { GitHubDataset } from "./github-types";
import { createRng } from "./prng";
import type { ThreadRecord } from "./source-records";

// Synthetic MSCs for scale tests, kept apart from the real records: each copies the
// state and current labels of a randomly drawn real MSC (so the distributions of
// labels, FCP stages, comments and events follow the real ones) and gets a number no
// real thread uses and a title that says it is synthetic. Merged templates are rare:
// the real records already hold every accepted proposal (README: 264 merged files).

const TOPICS = [
  "room version upgrades",
  "push rule conditions",
  "presence over federation",
  "media retention",
  "key backup versions",
  "space hierarchy filtering",
  "thread notification counts",
  "policy room subscriptions",
  "account data limits",
  "device list pagination",
  "reaction aggregation",
  "invite blocking",
  "server notices",
  "profile fields",
  "state event redaction",
];

const FIRST_SYNTHETIC_NUMBER = 1100;
const MERGED_SHARE = 0.02;

export type SyntheticOptions = { totalMscs: number; seed: string };

export function makeSyntheticRecords(
  realRecords: readonly ThreadRecord[],
  realDataset: GitHubDataset,
  options: SyntheticOptions,
): ThreadRecord[] {
  const realMscs = realRecords.filter((r) => r.isMsc && !r.synthetic);
  const count = Math.max(0, options.totalMscs - realMscs.length);
  const used = new Set(realRecords.map((r) => r.number));
  const numbers = freeNumbers(used, count);
  const labelsOf = new Map(realDataset.issues.map((i) => [i.number, i.labels.map((l) => l.name)]));
  const merged = realMscs.filter((r) => r.state === "merged");
  const others = realMscs.filter((r) => r.state !== "merged");
  const rng = createRng(`${options.seed}:synthetic`);
  return numbers.map((number) => {
    const template = rng.chance(MERGED_SHARE) ? rng.pick(merged) : rng.pick(others);
    const topic = `${rng.pick(TOPICS)} ${rng.int(1, 99)}`;
    return {
      number,
      kind: number >= 1500 ? "pull" : "issue",
      isMsc: true,
      synthetic: true,
      title: `MSC${number}: [synthetic] ${topic}`,
      author: null,
      createdDate: null,
      mergedAt: null,
      state: template.state,
      labels: labelsOf.get(template.number) ?? null,
      proposalPath: null,
      mergeCommitSha: null,
      comments: [],
    };
  });
}

// Numbers from 1100 up to the real maximum first (where real MSCs live), then below.
function freeNumbers(used: Set<number>, count: number): number[] {
  const numbers: number[] = [];
  const highest = Math.max(...used);
  for (let n = FIRST_SYNTHETIC_NUMBER; numbers.length < count && n <= highest + 20; n++) {
    if (!used.has(n)) numbers.push(n);
  }
  for (let n = FIRST_SYNTHETIC_NUMBER - 1; numbers.length < count && n >= 1; n--) {
    if (!used.has(n)) numbers.push(n);
  }
  for (let n = highest + 21; numbers.length < count; n++) numbers.push(n);
  return numbers.sort((a, b) => a - b);
}

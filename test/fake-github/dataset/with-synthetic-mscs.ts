import { DEFAULT_SEED, appendPlans, labelNamesOf, planContext, planThreads } from "./build-dataset";
import type { GitHubDataset } from "./github-types";
import { createIdAllocators } from "./ids";
import { makeLabel } from "./labels";
import { makeSyntheticRecords } from "./synthetic-records";
import type { ThreadRecord } from "./source-records";

/**
 * A copy of the real dataset grown to `totalMscs` MSCs with synthetic ones. The real
 * threads keep their objects and ids; synthetic ids interleave with them by time.
 */
export function withSyntheticMscs(
  realDataset: GitHubDataset,
  realRecords: readonly ThreadRecord[],
  options: { totalMscs: number; seed?: string },
): GitHubDataset {
  const seed = options.seed ?? DEFAULT_SEED;
  const records = makeSyntheticRecords(realRecords, realDataset, { totalMscs: options.totalMscs, seed });
  const dataset: GitHubDataset = structuredClone(realDataset);
  if (records.length === 0) return dataset;
  const context = planContext(realRecords, Date.parse(realDataset.snapshotAt));
  const plans = planThreads(records, context, `${seed}:synthetic`);
  const known = new Set(dataset.labels.map((l) => l.name));
  for (const name of labelNamesOf(plans)) if (!known.has(name)) dataset.labels.push(makeLabel(name));
  const ids = createIdAllocators();
  for (const issue of dataset.issues) ids.issues.reserve(issue.id);
  for (const comment of dataset.comments) ids.comments.reserve(comment.id);
  for (const event of dataset.events) ids.events.reserve(event.id);
  appendPlans(dataset, plans, ids, `${seed}:synthetic`);
  return dataset;
}

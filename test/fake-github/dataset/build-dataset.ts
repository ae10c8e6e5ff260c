import type { GitHubDataset, GitHubLabel, TeamMember } from "./github-types";
import { createIdAllocators, type IdAllocators } from "./ids";
import { makeLabelList } from "./labels";
import { materializeThread } from "./materialize";
import { planThread, type PlanContext, type ThreadPlan } from "./plan-thread";
import { createRng } from "./prng";
import { REPOSITORY, SCT_MEMBERS_2026, SCT_TEAM } from "./repository";
import type { ThreadRecord } from "./source-records";
import { createTimeEstimator } from "./time-estimator";
import { makeUser } from "./users";

// The pure dataset builder: thread records in, GitHub's objects out. The same records,
// seed and snapshot always give the same dataset, byte for byte.

export const DEFAULT_SEED = "msc-tracker-fake-github-v1";
/** After the last real record (threads stored up to 2026-09). */
export const DEFAULT_SNAPSHOT_AT = "2026-09-30T00:00:00Z";

export type BuildOptions = { seed?: string; snapshotAt?: string };

export function planContext(realRecords: readonly ThreadRecord[], snapshotMs: number): PlanContext {
  const authors = [...new Set(realRecords.map((r) => r.author).filter((a): a is string => a !== null))].sort();
  return { snapshotMs, estimateCreatedMs: createTimeEstimator(realRecords, snapshotMs), authorPool: authors };
}

export function planThreads(records: readonly ThreadRecord[], context: PlanContext, seed: string): ThreadPlan[] {
  const root = createRng(seed);
  return records.map((record) => planThread(record, root.fork(`thread:${record.number}`), context));
}

export function buildGitHubDataset(records: readonly ThreadRecord[], options: BuildOptions = {}): GitHubDataset {
  const snapshotAt = options.snapshotAt ?? DEFAULT_SNAPSHOT_AT;
  const seed = options.seed ?? DEFAULT_SEED;
  const context = planContext(records, Date.parse(snapshotAt));
  const plans = planThreads(records, context, seed);
  const labels = makeLabelList(labelNamesOf(plans));
  const dataset: GitHubDataset = {
    repository: REPOSITORY,
    team: SCT_TEAM,
    snapshotAt,
    labels,
    issues: [],
    comments: [],
    events: [],
    teamMembers: makeTeamMembers(),
  };
  appendPlans(dataset, plans, createIdAllocators(), seed);
  return dataset;
}

export function labelNamesOf(plans: readonly ThreadPlan[]): Set<string> {
  const names = new Set<string>();
  for (const plan of plans) {
    for (const label of plan.labels) names.add(label);
    for (const event of plan.events) if (event.label) names.add(event.label);
  }
  return names;
}

/** Adds planned threads to a dataset; issues stay sorted by number, the rest by id. */
export function appendPlans(
  dataset: GitHubDataset,
  plans: readonly ThreadPlan[],
  ids: IdAllocators,
  seed: string,
): void {
  const labelsByName = new Map<string, GitHubLabel>(dataset.labels.map((l) => [l.name, l]));
  const root = createRng(`${seed}:objects`);
  for (const plan of plans) for (const c of plan.comments) if (c.fixedId !== undefined) ids.comments.reserve(c.fixedId);
  for (const plan of plans) {
    const made = materializeThread(plan, ids, labelsByName, root.fork(`thread:${plan.record.number}`));
    dataset.issues.push(made.issue);
    dataset.comments.push(...made.comments);
    dataset.events.push(...made.events);
  }
  dataset.issues.sort((a, b) => a.number - b.number);
  dataset.comments.sort((a, b) => a.id - b.id);
  dataset.events.sort((a, b) => a.id - b.id);
}

function makeTeamMembers(): TeamMember[] {
  return SCT_MEMBERS_2026.map((login) => ({ ...makeUser(login), role: "member" as const, inherited: false }));
}

import "server-only";
import { markDataChanged } from "@/lib/cache/data-generation";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { GitHubClient } from "../create-github-client";
import type { GitHubComment, GitHubIssue } from "../github-types";
import type { RequestStats } from "../request-stats";
import { describeSyncFailure } from "./describe-sync-failure";
import { storeComments } from "./store-comments";
import { storeIssues, type StoreCounts } from "./store-issues";
import { syncEvents } from "./sync-events";
import { syncLabels } from "./sync-labels";
import { syncListing } from "./sync-listing";
import { syncTeam, type TeamSyncResult } from "./sync-team";

/** Items read so far in the current phase, and an estimate of its size when known. */
export type SyncProgress = {
  phase: "labels" | "issues" | "comments" | "events" | "team";
  items: number;
  total: number | null;
};

export type SyncOptions = {
  prisma: PrismaClient;
  client: GitHubClient;
  stats: RequestStats;
  repo: string;
  team: string;
  /** Full re-reads every listing from the start; incremental resumes from cursors. */
  full?: boolean;
  now?: () => Date;
  onProgress?: (progress: SyncProgress) => void;
};

export type SyncSummary = {
  outcome: "succeeded" | "failed";
  error: string | null;
  added: number;
  changed: number;
  labelEvents: number;
  fcpRecords: number;
  team: TeamSyncResult | null;
  requests: number;
  notModified: number;
  rateLimitRemaining: number | null;
  rateLimitResetAt: Date | null;
};

/** One sync run: labels, issues, comments, label events, team; recorded in SyncRun. */
export async function runSync(options: SyncOptions): Promise<SyncSummary> {
  const { prisma, client, stats } = options;
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const [owner, repoName] = options.repo.split("/") as [string, string];
  const repo = { owner, repo: repoName };
  const run = await prisma.syncRun.create({ data: { kind: options.full ? "full" : "incremental", startedAt } });
  const totals = { added: 0, changed: 0, labelEvents: 0, fcpRecords: 0, team: null as TeamSyncResult | null };
  let current: SyncProgress = { phase: "labels", items: 0, total: null };
  const progress = (phase: SyncProgress["phase"], count: number, estimate?: number) => {
    if (phase !== current.phase) current = { phase, items: 0, total: null };
    current.items += count;
    if (estimate !== undefined) current.total = estimate;
    current.total = current.total === null ? null : Math.max(current.total, current.items);
    options.onProgress?.({ ...current });
  };

  let error: string | null = null;
  try {
    progress("labels", await syncLabels(prisma, client, repo));
    await syncListing<GitHubIssue, StoreCounts>({
      prisma,
      client,
      endpoint: "issues",
      url: "/repos/{owner}/{repo}/issues",
      params: { ...repo, state: "all" },
      full: options.full ?? false,
      store: (tx, issues) => storeIssues(tx, issues, "sync"),
      combine: (a, b) => ({ added: a.added + b.added, changed: a.changed + b.changed, skipped: a.skipped + b.skipped }),
      empty: { added: 0, changed: 0, skipped: 0 },
      onPage: (count, counts, estimate) => {
        totals.added += counts.added;
        totals.changed += counts.changed;
        progress("issues", count, estimate);
      },
    });
    await syncListing<GitHubComment, number>({
      prisma,
      client,
      endpoint: "issue-comments",
      url: "/repos/{owner}/{repo}/issues/comments",
      params: repo,
      full: options.full ?? false,
      store: (tx, comments) => storeComments(tx, comments),
      combine: (a, b) => a + b,
      empty: 0,
      onPage: (count, records, estimate) => {
        totals.fcpRecords += records;
        progress("comments", count, estimate);
      },
    });
    totals.labelEvents = await syncEvents(prisma, client, repo, (count, estimate) =>
      progress("events", count, estimate),
    );
    const [org, slug] = options.team.split("/") as [string, string];
    totals.team = await syncTeam(prisma, client, { org, team_slug: slug }, now());
  } catch (failure) {
    error = describeSyncFailure(failure, stats);
  }

  const summary: SyncSummary = {
    outcome: error ? "failed" : "succeeded",
    error,
    ...totals,
    requests: stats.requests,
    notModified: stats.notModified,
    rateLimitRemaining: stats.rateLimitRemaining,
    rateLimitResetAt: stats.rateLimitResetAt,
  };
  await prisma.syncRun.update({
    where: { id: run.id },
    data: {
      finishedAt: now(),
      outcome: summary.outcome,
      error,
      dataAsOf: error ? null : startedAt,
      requestCount: stats.requests,
      notModifiedCount: stats.notModified,
      rateLimitRemaining: stats.rateLimitRemaining,
      rateLimitResetAt: stats.rateLimitResetAt,
      proposalsAdded: totals.added,
      proposalsChanged: totals.changed,
    },
  });
  // Labels, team and FCP events are written outside storeInChunks: one more move covers them.
  markDataChanged();
  return summary;
}

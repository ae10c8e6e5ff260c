import { realCommentTimes, stageFromComments } from "./comment-facts";
import { dispositionFromLabels, laterStage, stageFromLabels } from "./fcp-stage";
import { planFcpTimeline } from "./fcp-timeline";
import type { IssueEventName } from "./github-types";
import { commentTimeForId } from "./ids";
import { inferLabels } from "./infer-labels";
import { planLabelHistory } from "./label-history";
import { DRAFT_PRS_FROM, lifecycleEvents } from "./lifecycle-events";
import { makeBody } from "./make-body";
import { planComments, type PlannedComment } from "./plan-comments";
import type { Rng } from "./prng";
import { sctRosterAt } from "./repository";
import type { ThreadRecord } from "./source-records";
import type { TimeEstimator } from "./time-estimator";
import { DAY_MS, HOUR_MS, atTimeOfDay, clamp, parseTime } from "./time";

// Everything about one thread before ids exist: times, labels, description, comments
// and events, all consistent with each other and with the real facts in its record.

export type PlannedEvent = {
  atMs: number;
  event: IssueEventName;
  actor: string;
  label?: string;
  commitId?: string;
  rename?: { from: string; to: string };
};

export type ThreadPlan = {
  record: ThreadRecord;
  author: string;
  body: string | null;
  labels: string[];
  isPull: boolean;
  draft: boolean;
  state: "open" | "closed";
  stateReason: "completed" | "reopened" | "not_planned" | null;
  createdAtMs: number;
  updatedAtMs: number;
  closedAtMs: number | null;
  mergedAtMs: number | null;
  closedBy: string | null;
  comments: PlannedComment[];
  events: PlannedEvent[];
};

export type PlanContext = { snapshotMs: number; estimateCreatedMs: TimeEstimator; authorPool: readonly string[] };

export function planThread(record: ThreadRecord, rng: Rng, context: PlanContext): ThreadPlan {
  const { snapshotMs } = context;
  const author = record.author ?? rng.pick(context.authorPool);
  const commentTimes = realCommentTimes(record, rng);
  const firstComment = commentTimes[0] ?? Number.POSITIVE_INFINITY;
  const lastComment = commentTimes.at(-1) ?? 0;
  let mergedAtMs = record.mergedAt ? parseTime(record.mergedAt) : null;

  let createdAtMs = record.createdDate
    ? atTimeOfDay(record.createdDate, rng.int(7 * 60, 22 * 60))
    : context.estimateCreatedMs(record.number) + rng.int(-3 * 24, 3 * 24) * HOUR_MS;
  if (!record.createdDate) {
    if (mergedAtMs !== null && createdAtMs > mergedAtMs - 2 * DAY_MS)
      createdAtMs = mergedAtMs - rng.int(20, 240) * DAY_MS;
    if (createdAtMs > firstComment - DAY_MS) createdAtMs = firstComment - rng.int(10, 120) * DAY_MS;
    createdAtMs = Math.min(createdAtMs, snapshotMs - 2 * DAY_MS);
  }
  const isPull = record.kind === "pull";
  const merged = record.state === "merged";
  if (merged && mergedAtMs === null) {
    mergedAtMs = clamp(createdAtMs + rng.int(30, 500) * DAY_MS, createdAtMs + DAY_MS, snapshotMs - DAY_MS);
  }
  let closedAtMs: number | null = null;
  if (merged) closedAtMs = mergedAtMs;
  else if (record.state === "closed") {
    closedAtMs = clamp(createdAtMs + rng.int(14, 900) * DAY_MS, createdAtMs + HOUR_MS, snapshotMs - HOUR_MS);
    closedAtMs = Math.max(closedAtMs, lastComment + HOUR_MS);
  }

  const draft = isPull && planDraft(record, createdAtMs, rng);
  const fromComments = stageFromComments(record, commentTimes);
  const labels =
    record.labels ??
    inferLabels(
      { record, draft, createdAtMs, commentStage: fromComments.stage, commentDisposition: fromComments.disposition },
      rng,
    );
  const stage = laterStage(stageFromLabels(labels), fromComments.stage);
  // A real link to a status comment missing from the data dates that comment.
  if (fromComments.reviewId !== null && fromComments.anchors.proposal === undefined) {
    const firstBot = Math.min(fromComments.anchors.started ?? Infinity, fromComments.anchors.finished ?? Infinity);
    fromComments.anchors.proposal = clamp(
      commentTimeForId(fromComments.reviewId),
      createdAtMs + HOUR_MS,
      firstBot - HOUR_MS,
    );
  }
  const disposition =
    dispositionFromLabels(labels) ?? fromComments.disposition ?? (record.state === "closed" ? "close" : "merge");
  const fcp = planFcpTimeline(
    {
      stage,
      disposition,
      proposer: fromComments.proposer,
      anchors: fromComments.anchors,
      createdAtMs,
      deadlineMs: mergedAtMs ?? closedAtMs ?? snapshotMs,
      stillRunning: record.state === "open" && stage === "started",
    },
    rng.fork("fcp"),
  );
  const threadPath = `${isPull ? "pull" : "issues"}/${record.number}`;
  const comments = planComments(
    {
      record,
      commentTimes,
      reviewId: fromComments.reviewId,
      fcp,
      threadPath,
      createdAtMs,
      endMs: closedAtMs ?? snapshotMs - HOUR_MS,
      snapshotMs,
      authorPool: context.authorPool,
    },
    rng.fork("comments"),
  );
  const botDriven = comments.some((c) => c.role === "review");
  const labelChanges = planLabelHistory(
    {
      finalLabels: labels,
      createdAtMs,
      closedAtMs,
      mergedAtMs,
      snapshotMs,
      fcp: record.isMsc ? fcp : null,
      botDriven,
      isMsc: record.isMsc,
    },
    rng.fork("labels"),
  );
  const closedBy = closedAtMs === null ? null : closer(record, author, closedAtMs, rng);
  const events: PlannedEvent[] = [
    ...labelChanges.map((c) => ({ atMs: c.atMs, event: c.action, actor: c.actor, label: c.label })),
    ...lifecycleEvents(
      { record, author, isPull, draft, createdAtMs, closedAtMs, mergedAtMs, closedBy, snapshotMs },
      rng,
    ),
  ].sort((a, b) => a.atMs - b.atMs);
  const reopened = events.some((e) => e.event === "reopened") && closedAtMs === null;

  const lastActivity = Math.max(
    createdAtMs,
    closedAtMs ?? 0,
    ...events.map((e) => e.atMs),
    ...comments.map((c) => c.updatedAtMs),
  );
  const idle = closedAtMs === null ? createdAtMs + rng.next() * (snapshotMs - createdAtMs) : 0;
  return {
    record,
    author,
    body: makeBody({ record, author, createdAtMs }, rng.fork("body")),
    labels: [...labels].sort(),
    isPull,
    draft,
    state: closedAtMs === null ? "open" : "closed",
    stateReason:
      closedAtMs !== null
        ? merged || labels.includes("merged")
          ? "completed"
          : closureReason(rng)
        : reopened
          ? "reopened"
          : null,
    createdAtMs,
    updatedAtMs: Math.min(Math.max(lastActivity, idle), snapshotMs - 60_000),
    closedAtMs,
    mergedAtMs: isPull ? mergedAtMs : null,
    closedBy,
    comments,
    events,
  };
}

function closureReason(rng: Rng): "completed" | "not_planned" {
  return rng.chance(0.3) ? "not_planned" : "completed";
}

function planDraft(record: ThreadRecord, createdAtMs: number, rng: Rng): boolean {
  if (record.state === "merged" || createdAtMs < DRAFT_PRS_FROM) return false;
  if (record.state === "closed") return rng.chance(0.05);
  return rng.chance(/\b(WIP|draft)\b/i.test(record.title) ? 0.7 : 0.2);
}

function closer(record: ThreadRecord, author: string, atMs: number, rng: Rng): string {
  if (record.state === "closed" && rng.chance(0.3)) return author;
  return rng.pick(sctRosterAt(atMs));
}

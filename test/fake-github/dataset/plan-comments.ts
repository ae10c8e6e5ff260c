import { finishedCommentBody, proposalCommentBody, startedCommentBody } from "./bot-comments";
import { CONCERNS, discussionBody } from "./discussion";
import { classifyBotComment } from "./fcp-stage";
import type { FcpTimeline } from "./fcp-timeline";
import type { Rng } from "./prng";
import { sctRosterAt } from "./repository";
import type { ThreadRecord } from "./source-records";
import { DAY_MS, HOUR_MS } from "./time";

// A thread's comments: its real ones verbatim (mscbot's and the human concern commands),
// or, where an FCP left no real trail, mscbot's comments in the format of the time for
// most threads (the rest ran "out of band", with labels as the only evidence), plus
// ordinary discussion.

export type PlannedComment = {
  atMs: number;
  updatedAtMs: number;
  author: string;
  body: string;
  /** The mscbot status comment that FCP-start and FCP-end comments link to. */
  role?: "review";
  /** A real comment id, known from a link in a real comment. */
  fixedId?: number;
};

export type CommentPlanInput = {
  record: ThreadRecord;
  commentTimes: number[];
  reviewId: number | null;
  fcp: FcpTimeline | null;
  threadPath: string;
  createdAtMs: number;
  endMs: number;
  snapshotMs: number;
  authorPool?: readonly string[];
};

export function planComments(input: CommentPlanInput, rng: Rng): PlannedComment[] {
  const { record, fcp } = input;
  const latest = input.snapshotMs - 60_000;
  const comments: PlannedComment[] = record.comments.map((comment, i) => {
    const atMs = input.commentTimes[i]!;
    // Stored copies show a status comment's first version, so the fixture shows it unedited.
    return { atMs, updatedAtMs: atMs, author: comment.author, body: comment.body };
  });
  const review = comments.find((c) => classifyBotComment(c.author, c.body)?.kind === "proposal");
  if (review) review.role = "review";
  if (review && input.reviewId !== null) review.fixedId = input.reviewId;
  if (!review && input.reviewId !== null && fcp?.proposedAt != null) {
    // The real FCP comments link to a status comment the data lacks: recreate it under its real id.
    const body = proposalCommentBody(fcp, fcp.proposedAt, rng, null);
    comments.push({
      atMs: fcp.proposedAt,
      updatedAtMs: fcp.startedAt ?? fcp.proposedAt,
      author: "mscbot",
      body,
      role: "review",
      fixedId: input.reviewId,
    });
  }
  const hasBotTrail = comments.some((c) => c.author === "mscbot");
  if (!hasBotTrail && record.isMsc && fcp?.proposedAt != null && rng.chance(0.75)) {
    comments.push(...botTrail(fcp, input.threadPath, rng));
  }
  const count = rng.weighted(
    record.isMsc
      ? ([
          [0, 30],
          [1, 20],
          [2, 20],
          [3, 15],
          [5, 10],
          [8, 5],
        ] as const)
      : ([
          [0, 60],
          [1, 25],
          [2, 15],
        ] as const),
  );
  const from = input.createdAtMs + HOUR_MS;
  const to = Math.max(from, Math.min(input.endMs, latest));
  for (let i = 0; i < count; i++) {
    const atMs = Math.round(from + rng.next() * (to - from));
    const author = rng.weighted([
      [rng.pick(sctRosterAt(atMs)), 4],
      [record.author ?? "turt2live", 3],
      [rng.pick(input.authorPool ?? ["Half-Shot", "reivilibre", "deepbluev7"]), 3],
    ] as const);
    const edited = rng.chance(0.1) ? Math.min(atMs + rng.int(1, 3 * 24 * 60) * 60_000, latest) : atMs;
    comments.push({ atMs, updatedAtMs: edited, author, body: discussionBody(record.number, rng) });
  }
  for (const comment of comments) {
    comment.atMs = Math.min(comment.atMs, latest);
    comment.updatedAtMs = Math.min(Math.max(comment.updatedAtMs, comment.atMs), latest);
  }
  return comments.sort((a, b) => a.atMs - b.atMs);
}

function botTrail(fcp: FcpTimeline, threadPath: string, rng: Rng): PlannedComment[] {
  const proposedAt = fcp.proposedAt!;
  const trail: PlannedComment[] = [];
  const command = `@mscbot fcp ${fcp.disposition}`;
  trail.push({
    atMs: proposedAt - rng.int(30, 600) * 1000,
    updatedAtMs: proposedAt - 20_000,
    author: fcp.proposer,
    body: rng.chance(0.5) ? command : `This has working implementations and has been stable for a while.\n\n${command}`,
  });
  let concern: string | null = null;
  if (fcp.startedAt !== null && rng.chance(0.12)) {
    concern = rng.pick(CONCERNS);
    const raisedBy = rng.pick(sctRosterAt(proposedAt));
    const span = fcp.startedAt - proposedAt;
    const raised = proposedAt + Math.round(span * 0.2);
    const resolved = proposedAt + Math.round(span * 0.7);
    trail.push({ atMs: raised, updatedAtMs: raised, author: raisedBy, body: `@mscbot concern ${concern}` });
    trail.push({ atMs: resolved, updatedAtMs: resolved, author: raisedBy, body: `@mscbot resolve ${concern}` });
  }
  // The status comment is edited as members tick their boxes; its last edit is when FCP started.
  const lastTick = fcp.startedAt ?? proposedAt + rng.int(0, 10) * DAY_MS;
  trail.push({
    atMs: proposedAt,
    updatedAtMs: Math.max(proposedAt, Math.min(lastTick, (fcp.startedAt ?? lastTick) - 1_000)),
    author: "mscbot",
    body: proposalCommentBody(fcp, proposedAt, rng, concern),
    role: "review",
  });
  if (fcp.startedAt !== null) {
    trail.push({
      atMs: fcp.startedAt,
      updatedAtMs: fcp.startedAt,
      author: "mscbot",
      body: startedCommentBody(threadPath, fcp, fcp.startedAt, rng),
    });
  }
  if (fcp.finishedAt !== null) {
    const body = finishedCommentBody(threadPath, fcp.disposition, fcp.finishedAt);
    trail.push({ atMs: fcp.finishedAt, updatedAtMs: fcp.finishedAt, author: "mscbot", body });
  }
  return trail;
}

import { classifyBotComment, laterStage, type Disposition, type FcpStage } from "./fcp-stage";
import type { Rng } from "./prng";
import type { ThreadRecord } from "./source-records";
import { atTimeOfDay } from "./time";

// What a thread's real comments prove: when they were written, and how far its FCP got.

/** Real comments have only a date: spread them over working hours, in their recorded order. */
export function realCommentTimes(record: ThreadRecord, rng: Rng): number[] {
  const times: number[] = [];
  for (const comment of record.comments) {
    const start = atTimeOfDay(comment.date, rng.int(8 * 60, 20 * 60));
    const previous = times.at(-1);
    times.push(previous !== undefined && start <= previous ? previous + rng.int(2, 90) * 60_000 : start);
  }
  return times;
}

export type CommentFacts = {
  /** The status comment id that real FCP start/end comments link to ("as per the review"). */
  reviewId: number | null;
  stage: FcpStage;
  disposition: Disposition | null;
  proposer: string | null;
  anchors: { proposal?: number; started?: number; finished?: number };
};

export function stageFromComments(record: ThreadRecord, times: number[]): CommentFacts {
  const facts: CommentFacts = { reviewId: null, stage: "none", disposition: null, proposer: null, anchors: {} };
  record.comments.forEach((comment, i) => {
    const bot = classifyBotComment(comment.author, comment.body);
    if (!bot) return;
    const link = /#issuecomment-(\d+)/.exec(comment.body);
    if (link && bot.kind !== "proposal") facts.reviewId ??= Number(link[1]);
    facts.anchors[bot.kind] ??= times[i]!;
    facts.disposition ??= bot.disposition;
    facts.proposer ??= bot.proposer;
    const stage = bot.kind === "proposal" ? "proposed" : bot.kind;
    facts.stage = laterStage(facts.stage, stage);
  });
  return facts;
}

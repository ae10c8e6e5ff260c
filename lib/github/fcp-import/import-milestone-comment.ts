import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { APP_RUN_SOURCE } from "@/lib/fcp/round-ownership";
import type { MscbotFcpCancelled, MscbotFcpFinished, MscbotFcpStarted } from "../mscbot/parse-mscbot-comment";
import { recordEvent, type CommentRef } from "./import-status-comment";

type Tx = Prisma.TransactionClient;

// mscbot's own duration, used when a start comment predates the stated end time (2022).
const FCP_MS = 5 * 86_400_000 + 10_000;

// mscbot's comments are about mscbot's rounds: an app-run round is the app's to start,
// finish and cancel (round-ownership.ts), so a bot comment never sets its times.
const mscbotRounds = (comment: CommentRef): Prisma.FcpRoundWhereInput => ({
  proposalNumber: comment.proposalNumber,
  proposedAt: { lte: comment.createdAt },
  source: { not: APP_RUN_SOURCE },
});

/** The round a start/end comment belongs to: the one its "the review" link points at. */
async function findRound(tx: Tx, comment: CommentRef, reviewUrl: string | null) {
  const linked = reviewUrl ? /#issuecomment-(\d+)/.exec(reviewUrl)?.[1] : undefined;
  if (linked) {
    const round = await tx.fcpRound.findUnique({ where: { githubCommentId: BigInt(linked) } });
    if (round) return round;
  }
  return tx.fcpRound.findFirst({
    where: { ...mscbotRounds(comment), cancelledAt: null },
    orderBy: { proposedAt: "desc" },
  });
}

/**
 * FCP start, end and cancellation comments set the round's times. Without a known
 * round (FCPs run "out of band", or a status comment older than the data) the event
 * is still kept.
 */
export async function importMilestoneComment(
  tx: Tx,
  comment: CommentRef,
  milestone: MscbotFcpStarted | MscbotFcpFinished | MscbotFcpCancelled,
): Promise<number> {
  if (milestone.kind === "fcp-cancelled") return importCancellation(tx, comment, milestone.cancelledBy);
  const round = await findRound(tx, comment, milestone.reviewUrl);
  if (milestone.kind === "fcp-started") {
    const endsAt = milestone.endsAt ?? new Date(comment.createdAt.getTime() + FCP_MS);
    if (round && !round.startedAt) {
      await tx.fcpRound.update({ where: { id: round.id }, data: { startedAt: comment.createdAt, endsAt } });
    }
    return recordEvent(
      tx,
      round?.id ?? null,
      comment,
      "fcp.started",
      null,
      { endsAt: endsAt.toISOString() },
      comment.createdAt,
    );
  }
  if (round && !round.completedAt) {
    await tx.fcpRound.update({ where: { id: round.id }, data: { completedAt: comment.createdAt } });
  }
  const data = { disposition: milestone.disposition };
  return recordEvent(tx, round?.id ?? null, comment, "fcp.finished", null, data, comment.createdAt);
}

/** The bot's cancellation notice closes the open round; the round stays in history. */
async function importCancellation(tx: Tx, comment: CommentRef, cancelledBy: string | null): Promise<number> {
  const round = await tx.fcpRound.findFirst({
    where: { ...mscbotRounds(comment), cancelledAt: null, completedAt: null },
    orderBy: { proposedAt: "desc" },
  });
  if (round) {
    const reason = "Cancelled on GitHub";
    await tx.fcpRound.update({
      where: { id: round.id },
      data: { cancelledAt: comment.createdAt, cancelledBy, cancelReason: reason },
    });
  }
  return recordEvent(tx, round?.id ?? null, comment, "fcp.cancelled", cancelledBy, {}, comment.createdAt);
}

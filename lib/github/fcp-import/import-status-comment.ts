import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { MscbotStatusComment } from "../mscbot/parse-mscbot-comment";
import { findAppRoundOpenAt } from "./app-run-round";

type Tx = Prisma.TransactionClient;
export type CommentRef = { id: bigint; proposalNumber: number; createdAt: Date; updatedAt: Date };

/**
 * mscbot's status comment is the bot's whole record of a round, edited in place as
 * members tick boxes. Re-importing an edited copy adds only what changed: a vote row
 * when a member's box flipped, a concern when a new one appears or gets struck out.
 * A cancelled round stays in history with its cancellation (rfcbot deleted it).
 */
export async function importStatusComment(tx: Tx, comment: CommentRef, status: MscbotStatusComment): Promise<number> {
  // One open round per MSC: while an app-run round is open, a proposal mscbot took on
  // GitHub is not opened beside it (the app's round is the record; round-ownership.ts).
  const known = await tx.fcpRound.findUnique({ where: { githubCommentId: comment.id }, select: { id: true } });
  if (!known && (await findAppRoundOpenAt(tx, comment.proposalNumber, comment.createdAt))) return 0;
  let records = 0;
  const round = await tx.fcpRound.upsert({
    where: { githubCommentId: comment.id },
    create: {
      proposalNumber: comment.proposalNumber,
      disposition: status.disposition,
      proposedBy: status.proposer,
      proposedAt: comment.createdAt,
      roster: status.reviewers.map((r) => r.login),
      source: "mscbot",
      githubCommentId: comment.id,
    },
    update: {},
  });
  records += await recordEvent(
    tx,
    round.id,
    comment,
    "fcp.proposed",
    status.proposer,
    { disposition: status.disposition },
    comment.createdAt,
  );

  // Each member's current position is their latest vote row: one query for the round.
  const votes = await tx.vote.findMany({ where: { fcpRoundId: round.id }, orderBy: [{ at: "asc" }, { id: "asc" }] });
  const current = new Map(votes.map((v) => [v.memberLogin, v.position]));
  const changed = status.reviewers
    .map((reviewer) => ({
      login: reviewer.login,
      position: reviewer.approved ? ("approve" as const) : ("none" as const),
    }))
    .filter((vote) => (current.get(vote.login) ?? "none") !== vote.position);
  await tx.vote.createMany({
    data: changed.map((vote) => ({
      fcpRoundId: round.id,
      memberLogin: vote.login,
      position: vote.position,
      at: comment.updatedAt,
      source: "mscbot" as const,
    })),
  });
  records += changed.length;

  for (const concern of status.concerns) records += await importConcern(tx, round.id, comment, concern);

  if (status.cancelled && !round.cancelledAt) {
    const reason = status.cancelledByUrl ? `Cancelled on GitHub: ${status.cancelledByUrl}` : "Cancelled on GitHub";
    await tx.fcpRound.update({
      where: { id: round.id },
      data: { cancelledAt: comment.updatedAt, cancelReason: reason },
    });
    records += await recordEvent(tx, round.id, comment, "fcp.cancelled", null, { reason }, comment.updatedAt);
  }
  return records;
}

/** mscbot joins a concern's words with single spaces; compare and store it that way. */
export function concernText(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

async function importConcern(tx: Tx, roundId: number, comment: CommentRef, raw: { text: string; resolved: boolean }) {
  const concern = { ...raw, text: concernText(raw.text) };
  const existing = await tx.concern.findFirst({
    where: { proposalNumber: comment.proposalNumber, text: concern.text },
    orderBy: { raisedAt: "desc" },
  });
  if (!existing) {
    // The status comment does not say who raised it; an `@mscbot concern` command
    // imported before or after fills that in.
    await tx.concern.create({
      data: {
        proposalNumber: comment.proposalNumber,
        fcpRoundId: roundId,
        text: concern.text,
        raisedBy: "unknown",
        raisedAt: comment.updatedAt,
        resolvedBy: concern.resolved ? "unknown" : null,
        resolvedAt: concern.resolved ? comment.updatedAt : null,
        source: "mscbot",
      },
    });
    return 1;
  }
  if (concern.resolved && !existing.resolvedAt) {
    await tx.concern.update({
      where: { id: existing.id },
      data: { resolvedAt: comment.updatedAt, resolvedBy: "unknown" },
    });
    return 1;
  }
  return 0;
}

export async function recordEvent(
  tx: Tx,
  roundId: number | null,
  comment: CommentRef,
  kind: string,
  actor: string | null,
  data: Record<string, string | null>,
  at: Date,
): Promise<number> {
  const result = await tx.event.createMany({
    data: [
      {
        proposalNumber: comment.proposalNumber,
        fcpRoundId: roundId,
        kind,
        at,
        actorLogin: actor,
        source: "mscbot",
        data,
        dedupeKey: `${kind}:comment:${comment.id}`,
      },
    ],
    skipDuplicates: true,
  });
  return result.count;
}

import "server-only";
import { ActionError } from "@/lib/auth/action-result";
import type { Prisma } from "@/lib/db/generated/client";
import { concernKey } from "@/lib/fcp/concern-text";
import { cancelFcp } from "@/lib/fcp/operations/cancel-fcp";
import type { MscbotCommand } from "../mscbot/parse-mscbot-commands";
import { findAppRoundOpenAt } from "./app-run-round";
import { concernText, type CommentRef } from "./import-status-comment";

type Tx = Prisma.TransactionClient;

/** Whether a login served on the team at a moment, by the recorded membership periods. */
export async function wasTeamMember(tx: Tx, login: string, at: Date): Promise<boolean> {
  const period = await tx.sctMember.findFirst({
    where: { githubLogin: login, servedFrom: { lte: at }, OR: [{ servedUntil: null }, { servedUntil: { gt: at } }] },
  });
  return period !== null;
}

/**
 * `@mscbot concern` and `resolve` commands by team members name who raised and who
 * resolved a concern, which mscbot's status comment leaves out; they land on the same
 * concern records the app's own forms write, so either path makes one concern.
 * `fcp cancel` cancels an app-run round open when it was written (mscbot knows nothing
 * of that round, so no bot comment will). Proposals and cancellations of mscbot's own
 * rounds are recorded by the bot's comments, imported separately: an `fcp merge` opens
 * nothing here, and so never a second round beside an app-run one. Commands are obeyed
 * only from members on the team when they wrote them; importing a comment again adds
 * nothing.
 */
export async function importCommandComment(tx: Tx, comment: CommentRef, author: string, commands: MscbotCommand[]) {
  if (!(await wasTeamMember(tx, author, comment.createdAt))) return 0;
  let records = 0;
  for (const command of commands) {
    if (command.kind === "concern") records += await raise(tx, comment, author, concernText(command.text));
    if (command.kind === "resolve") records += await resolve(tx, comment, author, concernText(command.text));
    if (command.kind === "fcp-cancel") records += await cancelAppRound(tx, comment, author);
  }
  return records;
}

/** The proposal's concerns with the same text, compared as the app compares them. */
async function sameConcerns(tx: Tx, proposalNumber: number, text: string) {
  const concerns = await tx.concern.findMany({
    where: { proposalNumber },
    orderBy: [{ raisedAt: "asc" }, { id: "asc" }],
  });
  return concerns.filter((c) => concernKey(c.text) === concernKey(text));
}

async function raise(tx: Tx, comment: CommentRef, author: string, text: string) {
  const same = await sameConcerns(tx, comment.proposalNumber, text);
  if (same.some((c) => c.githubCommentId === comment.id)) return 0; // imported before
  const unnamed = same.find((c) => c.raisedBy === "unknown");
  if (unnamed) {
    // mscbot's status comment listed it without saying who raised it: this says.
    await tx.concern.update({
      where: { id: unnamed.id },
      data: { raisedBy: author, raisedAt: comment.createdAt, githubCommentId: comment.id },
    });
    return 1;
  }
  // Open now, or open when the command was written (raised in the app, say): the
  // command names that concern, and the process knows one concern by one text.
  const when = comment.createdAt.getTime();
  const open = same.some(
    (c) => c.resolvedAt === null || (c.raisedAt.getTime() <= when && c.resolvedAt.getTime() >= when),
  );
  if (open) return 0;
  const round = await tx.fcpRound.findFirst({
    where: { proposalNumber: comment.proposalNumber, proposedAt: { lte: comment.createdAt } },
    orderBy: [{ proposedAt: "desc" }, { id: "desc" }],
  });
  await tx.concern.create({
    data: {
      proposalNumber: comment.proposalNumber,
      fcpRoundId: round?.id ?? null,
      text,
      raisedBy: author,
      raisedAt: comment.createdAt,
      source: "mscbot",
      githubCommentId: comment.id,
    },
  });
  return 1;
}

async function resolve(tx: Tx, comment: CommentRef, author: string, text: string) {
  const same = await sameConcerns(tx, comment.proposalNumber, text);
  // Only a concern raised before the command: a later one with the same text is new. (A
  // status comment's unnamed copy carries the comment's edit time, so it cannot tell.)
  const open = same.find((c) => c.resolvedAt === null && (c.raisedAt <= comment.createdAt || c.raisedBy === "unknown"));
  if (open) {
    await tx.concern.update({ where: { id: open.id }, data: { resolvedBy: author, resolvedAt: comment.createdAt } });
    return 1;
  }
  // Resolved in mscbot's status comment, which does not say by whom: this says.
  const unnamed = same.find((c) => c.resolvedAt !== null && c.resolvedBy === "unknown");
  if (!unnamed) return 0;
  await tx.concern.update({ where: { id: unnamed.id }, data: { resolvedBy: author } });
  return 1;
}

/** Cancels the app-run round open when the command was written, keeping its history. */
async function cancelAppRound(tx: Tx, comment: CommentRef, author: string) {
  const round = await findAppRoundOpenAt(tx, comment.proposalNumber, comment.createdAt);
  if (!round || round.cancelledAt || round.completedAt) return 0; // none, or closed since
  let change;
  try {
    const reason = "Cancelled on GitHub with `@mscbot fcp cancel`";
    change = await cancelFcp(tx, { roundId: round.id, by: author, reason }, { now: comment.createdAt });
  } catch (error) {
    // Refused by the rules (the author has left the team since): nothing to record.
    if (error instanceof ActionError) return 0;
    throw error;
  }
  await tx.event.createMany({
    data: change.events.map((event) => ({
      ...event,
      actorLogin: author,
      source: "mscbot" as const,
      dedupeKey: `${event.kind}:comment:${comment.id}`,
    })),
    skipDuplicates: true,
  });
  return 1;
}

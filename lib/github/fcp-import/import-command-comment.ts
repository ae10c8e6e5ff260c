import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { MscbotCommand } from "../mscbot/parse-mscbot-commands";
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
 * resolved a concern, which mscbot's status comment leaves out. Commands are obeyed
 * only from members on the team when they wrote them. Proposals, cancellations and
 * reviews are recorded by the bot's own status comment, imported separately.
 */
export async function importCommandComment(tx: Tx, comment: CommentRef, author: string, commands: MscbotCommand[]) {
  if (!(await wasTeamMember(tx, author, comment.createdAt))) return 0;
  let records = 0;
  for (const command of commands) {
    if (command.kind === "concern") records += await raise(tx, comment, author, concernText(command.text));
    if (command.kind === "resolve") records += await resolve(tx, comment, author, concernText(command.text));
  }
  return records;
}

async function raise(tx: Tx, comment: CommentRef, author: string, text: string) {
  const existing = await tx.concern.findFirst({ where: { proposalNumber: comment.proposalNumber, text } });
  if (existing) {
    if (existing.raisedBy !== "unknown") return 0;
    await tx.concern.update({
      where: { id: existing.id },
      data: { raisedBy: author, raisedAt: comment.createdAt, githubCommentId: comment.id },
    });
    return 1;
  }
  const round = await tx.fcpRound.findFirst({
    where: { proposalNumber: comment.proposalNumber, proposedAt: { lte: comment.createdAt } },
    orderBy: { proposedAt: "desc" },
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
  const concern = await tx.concern.findFirst({ where: { proposalNumber: comment.proposalNumber, text } });
  if (!concern || (concern.resolvedAt && concern.resolvedBy !== "unknown")) return 0;
  await tx.concern.update({
    where: { id: concern.id },
    data: { resolvedBy: author, resolvedAt: concern.resolvedAt ?? comment.createdAt },
  });
  return 1;
}

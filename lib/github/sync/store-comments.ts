import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { importCommandComment } from "../fcp-import/import-command-comment";
import { importMilestoneComment } from "../fcp-import/import-milestone-comment";
import { importStatusComment, type CommentRef } from "../fcp-import/import-status-comment";
import { issueNumberFromUrl, type GitHubComment } from "../github-types";
import { parseMscbotComment } from "../mscbot/parse-mscbot-comment";
import { parseMscbotCommands } from "../mscbot/parse-mscbot-commands";
import { isTrackerComment } from "../write-back/comment-marker";

type Tx = Prisma.TransactionClient;

/**
 * Keeps from a page of repository comments only what the FCP record needs: mscbot's
 * status, start and end comments, and `@mscbot` commands on known MSCs. Returns how
 * many records (rounds, votes, concerns, events) were added or changed.
 */
export async function storeComments(tx: Tx, comments: GitHubComment[]): Promise<number> {
  // The app's own write-back comments restate its rounds: reading them back would import
  // each round twice, even when the token writing them is mscbot's.
  const relevant = comments.filter(
    (c) => c.body && !isTrackerComment(c.body) && (c.user?.login === "mscbot" || c.body.includes("@mscbot")),
  );
  if (relevant.length === 0) return 0;
  const numbers = [
    ...new Set(relevant.map((c) => issueNumberFromUrl(c.issue_url)).filter((n): n is number => n !== null)),
  ];
  const known = new Set(
    (await tx.proposal.findMany({ where: { number: { in: numbers } }, select: { number: true } })).map((p) => p.number),
  );
  let records = 0;
  for (const comment of relevant) {
    const proposalNumber = issueNumberFromUrl(comment.issue_url);
    if (proposalNumber === null || !known.has(proposalNumber)) continue;
    const ref: CommentRef = {
      id: BigInt(comment.id),
      proposalNumber,
      createdAt: new Date(comment.created_at),
      updatedAt: new Date(comment.updated_at),
    };
    const author = comment.user?.login ?? "";
    const bot = parseMscbotComment(author, comment.body!);
    if (bot?.kind === "fcp-proposed") records += await importStatusComment(tx, ref, bot);
    else if (bot) records += await importMilestoneComment(tx, ref, bot);
    else if (author !== "mscbot") {
      const commands = parseMscbotCommands(comment.body!);
      if (commands.length > 0) records += await importCommandComment(tx, ref, author, commands);
    }
  }
  return records;
}

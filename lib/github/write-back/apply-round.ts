import "server-only";
import { createHash } from "node:crypto";
import type { PrismaClient } from "@/lib/db/generated/client";
import { labelDifference, labelsAfterRound } from "@/lib/fcp/fcp-label-moves";
import { hasCommentMarker, type WriteBackCommentKind } from "./comment-marker";
import type { IssuePort, Repository } from "./github-issue-port";
import type { WriteBackRound } from "./load-write-back-round";
import { renderEndNotice, renderStartNotice } from "./render-fcp-notices";
import { renderStatusComment } from "./render-status-comment";
import { recordWritten, type WriteBackRow, type WrittenFacts } from "./write-back-record";

// Makes GitHub show one round as the database has it: the status comment (created once,
// then edited), the start and end notices (created once each), and the FCP labels. What
// to write is derived afresh each time from the round and from GitHub's current labels,
// so a repeated pass sends nothing and a failed one is simply run again.

export type ApplyContext = {
  prisma: PrismaClient;
  port: IssuePort;
  repo: Repository;
  /** GitHub's web host, for the link from the notices to the status comment. */
  webUrl: string;
  thresholdPercent: number;
  trackerUrl: (proposalNumber: number) => string | null;
  instance: string;
  dryRun: boolean;
};

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

export async function applyRound(ctx: ApplyContext, loaded: WriteBackRound, row: WriteBackRow): Promise<void> {
  const { round, proposalNumber: issue } = loaded;
  const record = (facts: WrittenFacts) =>
    ctx.dryRun ? Promise.resolve() : recordWritten(ctx.prisma, round.id, ctx.instance, facts);
  const summary = `for FCP round ${round.id} (${round.disposition}, ${round.phase}, ${round.approvals}/${round.required} approvals)`;

  // Looks for a comment this round may have posted without recording it (a crash between
  // GitHub's answer and the database write, or an answer that never arrived).
  const findOwn = (kind: WriteBackCommentKind) =>
    ctx.port.findComment(issue, (body) => hasCommentMarker(body, round.id, kind));

  const statusBody = renderStatusComment(round, {
    thresholdPercent: ctx.thresholdPercent,
    trackerUrl: ctx.trackerUrl(issue),
  });
  let statusId = row.statusCommentId === null ? null : Number(row.statusCommentId);
  let writtenHash = row.statusBodyHash;
  if (statusId === null) {
    const found = await findOwn("status");
    if (found) {
      statusId = found.id;
      writtenHash = sha256(found.body);
      await record({ statusCommentId: BigInt(found.id), statusBodyHash: writtenHash });
    } else if (round.phase !== "cancelled") {
      // A round cancelled before anything reached GitHub gets no comment at all.
      const created = await ctx.port.createComment(issue, statusBody, `status comment ${summary}`);
      if (created) {
        statusId = created.id;
        writtenHash = sha256(statusBody);
        await record({ statusCommentId: BigInt(created.id), statusBodyHash: writtenHash });
      }
    }
  }
  if (statusId !== null && writtenHash !== sha256(statusBody)) {
    await ctx.port.editComment(statusId, statusBody, `status comment ${summary}`);
    await record({ statusBodyHash: sha256(statusBody) });
  }

  const webIssue = `${ctx.webUrl}/${ctx.repo.owner}/${ctx.repo.name}/${loaded.isPullRequest ? "pull" : "issues"}/${issue}`;
  const reviewUrl = statusId === null ? webIssue : `${webIssue}#issuecomment-${statusId}`;
  const notice = async (kind: "start" | "end", recorded: bigint | null, body: () => string) => {
    if (recorded !== null) return;
    const found = await findOwn(kind);
    const created = found ?? (await ctx.port.createComment(issue, body(), `FCP ${kind} comment ${summary}`));
    if (created)
      await record(kind === "start" ? { startCommentId: BigInt(created.id) } : { endCommentId: BigInt(created.id) });
  };
  if ((round.phase === "active" || round.phase === "finished") && round.started_at && round.ends_at) {
    const { started_at, ends_at } = round;
    await notice("start", row.startCommentId, () =>
      renderStartNotice({ roundId: round.id, reviewUrl, startedAt: new Date(started_at), endsAt: new Date(ends_at) }),
    );
  }
  if (round.phase === "finished") {
    await notice("end", row.endCommentId, () =>
      renderEndNotice({ roundId: round.id, reviewUrl, disposition: round.disposition }),
    );
  }

  // Only the proposal's newest round decides its FCP labels: an older, cancelled round
  // must not take away the labels of the one that followed it.
  if (!loaded.newest) return;
  const current = await ctx.port.labels(issue);
  const { add, remove } = labelDifference(
    current,
    labelsAfterRound(current, { phase: round.phase, disposition: round.disposition }),
  );
  if (add.length > 0) await ctx.port.addLabels(issue, add);
  for (const label of remove) await ctx.port.removeLabel(issue, label);
}

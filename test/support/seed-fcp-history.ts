import type { PrismaClient } from "@/lib/db/generated/client";

export const FCP_MSC = 4000;
const t = (iso: string) => new Date(iso);

/**
 * One MSC with an FCP history worth checking, written as the importer and sync would:
 * a cancelled round (mscbot logged its cancellation twice), then an open round with a
 * change of mind, a recusal, a departed member's vote, a joiner's vote, and a concern
 * raised and resolved; label history; a team where frank came and went, dave left and
 * erin joined.
 */
export async function seedFcpHistory(prisma: PrismaClient): Promise<{ cancelledId: number; openId: number }> {
  const epoch = t("1970-01-01T00:00:00Z");
  await prisma.sctMember.createMany({
    data: [
      { githubLogin: "alice", servedFrom: epoch, source: "sync" },
      { githubLogin: "bob", servedFrom: epoch, source: "sync" },
      { githubLogin: "carol", servedFrom: epoch, source: "sync" },
      { githubLogin: "dave", servedFrom: epoch, servedUntil: t("2026-01-10T00:00:00Z"), source: "sync" },
      { githubLogin: "erin", servedFrom: t("2026-01-08T00:00:00Z"), source: "sync" },
      // Served only a few months, joining while the first round ran.
      {
        githubLogin: "frank",
        servedFrom: t("2025-06-03T00:00:00Z"),
        servedUntil: t("2025-12-01T00:00:00Z"),
        source: "webhook",
      },
    ],
  });
  await prisma.label.createMany({
    data: ["proposal", "kind:core", "proposed-final-comment-period"].map((name) => ({ name })),
  });
  await prisma.proposal.create({
    data: {
      number: FCP_MSC,
      title: "MSC4000: Room versions that know their history",
      body: "[Rendered](https://example.org/4000.md)\n\nShepherd: @bob\nPRs: #1234",
      githubState: "open",
      authorLogin: "someone",
      authors: ["someone"],
      shepherds: ["bob"],
      relatedPrs: [1234],
      documentation: ["https://example.org/docs"],
      proposalDate: "2025-04-30",
      renderedUrl: "https://example.org/4000.md",
      createdAt: t("2025-05-01T00:00:00Z"),
      source: "sync",
      labels: {
        create: ["proposal", "kind:core", "proposed-final-comment-period"].map((labelName) => ({ labelName })),
      },
    },
  });
  const labelChange = (labelName: string, action: "added" | "removed", at: string) => ({
    proposalNumber: FCP_MSC,
    labelName,
    action,
    actorLogin: "mscbot",
    at: t(at),
    source: "sync" as const,
  });
  await prisma.labelChange.createMany({
    data: [
      labelChange("proposal", "added", "2025-05-01T00:00:01Z"),
      labelChange("proposed-final-comment-period", "added", "2025-06-01T00:00:05Z"),
      labelChange("proposed-final-comment-period", "removed", "2025-06-05T00:00:05Z"),
      labelChange("proposed-final-comment-period", "added", "2026-01-05T00:00:05Z"),
    ],
  });

  const cancelled = await prisma.fcpRound.create({
    data: {
      proposalNumber: FCP_MSC,
      disposition: "close",
      proposedBy: "alice",
      proposedAt: t("2025-06-01T00:00:00Z"),
      cancelledAt: t("2025-06-05T00:00:00Z"),
      cancelledBy: "alice",
      cancelReason: "Cancelled on GitHub",
      roster: ["alice", "bob", "dave"],
      source: "mscbot",
      githubCommentId: 1001n,
    },
  });
  const open = await prisma.fcpRound.create({
    data: {
      proposalNumber: FCP_MSC,
      disposition: "merge",
      proposedBy: "alice",
      proposedAt: t("2026-01-05T00:00:00Z"),
      roster: ["alice", "bob", "carol", "dave"],
      source: "mscbot",
      githubCommentId: 1002n,
    },
  });
  const event = (kind: string, roundId: number, at: string, actorLogin: string | null, key: string) => ({
    proposalNumber: FCP_MSC,
    fcpRoundId: roundId,
    kind,
    at: t(at),
    actorLogin,
    source: "mscbot" as const,
    data: kind === "fcp.cancelled" ? {} : { disposition: roundId === open.id ? "merge" : "close" },
    dedupeKey: key,
  });
  await prisma.event.createMany({
    data: [
      event("fcp.proposed", cancelled.id, "2025-06-01T00:00:00Z", "alice", "fcp.proposed:comment:1001"),
      event("fcp.cancelled", cancelled.id, "2025-06-05T00:00:00Z", null, "fcp.cancelled:comment:1001"),
      event("fcp.cancelled", cancelled.id, "2025-06-05T00:00:02Z", "alice", "fcp.cancelled:comment:1003"),
      event("fcp.proposed", open.id, "2026-01-05T00:00:00Z", "alice", "fcp.proposed:comment:1002"),
    ],
  });
  const vote = (memberLogin: string, position: "approve" | "recuse" | "none", at: string) => ({
    fcpRoundId: open.id,
    memberLogin,
    position,
    at: t(at),
    source: "mscbot" as const,
  });
  await prisma.vote.createMany({
    data: [
      vote("alice", "approve", "2026-01-05T01:00:00Z"),
      vote("bob", "approve", "2026-01-06T00:00:00Z"),
      vote("dave", "approve", "2026-01-06T01:00:00Z"),
      vote("carol", "recuse", "2026-01-06T02:00:00Z"),
      vote("bob", "none", "2026-01-07T00:00:00Z"),
      vote("erin", "approve", "2026-01-09T00:00:00Z"),
    ],
  });
  await prisma.concern.create({
    data: {
      proposalNumber: FCP_MSC,
      fcpRoundId: open.id,
      text: "needs an implementation",
      raisedBy: "bob",
      raisedAt: t("2026-01-06T12:00:00Z"),
      resolvedBy: "bob",
      resolvedAt: t("2026-01-08T12:00:00Z"),
      source: "mscbot",
      githubCommentId: 1004n,
    },
  });
  return { cancelledId: cancelled.id, openId: open.id };
}

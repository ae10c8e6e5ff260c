import type { PrismaClient } from "@/lib/db/generated/client";
import { createGitHubClient } from "@/lib/github/create-github-client";
import { runSync } from "@/lib/github/sync/run-sync";
import type { FakeGitHub } from "@/test/fake-github/start-fake-github";

export const REPO = "matrix-org/matrix-spec-proposals";
export const TEAM = "matrix-org/spec-core-team";

/** One sync against the fake GitHub, with short retry and timeout settings for tests. */
export function syncWithFake(
  prisma: PrismaClient,
  fake: FakeGitHub,
  options: { full?: boolean; timeoutMs?: number; maxRateLimitWaitSeconds?: number; token?: string } = {},
) {
  const { client, stats } = createGitHubClient({
    baseUrl: fake.url,
    token: options.token ?? "test-token",
    timeoutMs: options.timeoutMs ?? 10_000,
    retryBaseMs: 5,
    maxRateLimitWaitSeconds: options.maxRateLimitWaitSeconds ?? 0,
  });
  return runSync({ prisma, client, stats, repo: REPO, team: TEAM, full: options.full, now: () => fake.state.now });
}

/**
 * Everything a sync writes, without row ids and wall-clock bookkeeping, in a stable
 * order: two databases that synced the same GitHub data must dump equal.
 */
export async function dumpTrackerState(prisma: PrismaClient) {
  const proposals = await prisma.proposal.findMany({
    orderBy: { number: "asc" },
    omit: { syncedAt: true },
    include: { labels: { select: { labelName: true }, orderBy: { labelName: "asc" } } },
  });
  const labelChanges = await prisma.labelChange.findMany({
    omit: { id: true },
    orderBy: [{ proposalNumber: "asc" }, { at: "asc" }, { labelName: "asc" }, { action: "asc" }],
  });
  const rounds = await prisma.fcpRound.findMany({
    omit: { id: true },
    orderBy: [{ proposalNumber: "asc" }, { proposedAt: "asc" }],
    include: {
      votes: {
        omit: { id: true, fcpRoundId: true },
        orderBy: [{ memberLogin: "asc" }, { at: "asc" }, { position: "asc" }],
      },
    },
  });
  const concerns = await prisma.concern.findMany({
    omit: { id: true, fcpRoundId: true },
    orderBy: [{ proposalNumber: "asc" }, { text: "asc" }],
  });
  const events = await prisma.event.findMany({
    omit: { id: true, fcpRoundId: true },
    orderBy: [{ at: "asc" }, { kind: "asc" }, { proposalNumber: "asc" }, { dedupeKey: "asc" }],
  });
  const members = await prisma.sctMember.findMany({ omit: { id: true }, orderBy: { githubLogin: "asc" } });
  const labels = await prisma.label.findMany({ orderBy: { name: "asc" } });
  return { proposals, labelChanges, rounds, concerns, events, members, labels };
}

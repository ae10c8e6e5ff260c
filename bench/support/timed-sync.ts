import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createGitHubClient } from "@/lib/github/create-github-client";
import { RequestStats } from "@/lib/github/request-stats";
import { runSync, type SyncProgress, type SyncSummary } from "@/lib/github/sync/run-sync";
import type { FakeGitHub } from "@/test/fake-github/start-fake-github";
import { REPO, TEAM } from "@/test/support/sync-harness";
import { startRssSampler, type RssFigures } from "./rss-sampler";

// One sync against the fake GitHub, as test/support/sync-harness.ts runs it, plus what
// a benchmark needs: wall time, peak RSS, the fake's own request log, and where the
// time went, phase by phase, split into waiting for GitHub and storing what came back.

type Phase = SyncProgress["phase"] | "team and finish";
export type PhaseTime = { phase: Phase; pages: number; waitingMs: number; storingMs: number };

export type TimedSync = {
  summary: SyncSummary;
  wallMs: number;
  rss: RssFigures;
  /** Longest the event loop was blocked: on the embedded database the server stalls that long. */
  maxLoopStallMs: number;
  fakeRequests: number;
  fakeNotModified: number;
  perMscPaths: string[];
  phases: PhaseTime[];
};

/** Calls back when each response's headers arrive: the boundary between waiting and storing. */
class TimedRequestStats extends RequestStats {
  constructor(private readonly onResponse: () => void) {
    super();
  }
  override record(status: number, headers: Headers): void {
    this.onResponse();
    super.record(status, headers);
  }
}

export async function timedSync(prisma: PrismaClient, fake: FakeGitHub): Promise<TimedSync> {
  const marks: { at: number; phase: SyncProgress["phase"] | null }[] = [];
  const stats = new TimedRequestStats(() => marks.push({ at: performance.now(), phase: null }));
  const { client } = createGitHubClient({ baseUrl: fake.url, token: "bench-token", timeoutMs: 60_000, stats });
  const firstRequest = fake.requests.length;
  const sampler = await startRssSampler(50);
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const started = performance.now();
  const summary = await runSync({
    prisma,
    client,
    stats,
    repo: REPO,
    team: TEAM,
    now: () => fake.state.now,
    onProgress: (progress) => marks.push({ at: performance.now(), phase: progress.phase }),
  });
  const wallMs = performance.now() - started;
  const rss = await sampler.stop();
  loopDelay.disable();
  const requests = fake.requests.slice(firstRequest);
  return {
    summary,
    wallMs,
    rss,
    maxLoopStallMs: loopDelay.max / 1e6,
    fakeRequests: requests.length,
    fakeNotModified: requests.filter((r) => r.notModified).length,
    perMscPaths: requests.map((r) => r.path).filter((path) => /\/issues\/\d+/.test(path)),
    phases: attributePhases(marks, started, started + wallMs),
  };
}

/**
 * Each interval between two marks belongs to the phase of the next page stored; it was
 * spent waiting when it ends at a response, storing when it ends at a stored page.
 */
function attributePhases(
  marks: { at: number; phase: SyncProgress["phase"] | null }[],
  start: number,
  end: number,
): PhaseTime[] {
  const phases: PhaseTime[] = [];
  let previous = start;
  let pending = { waitingMs: 0, storingMs: 0 };
  const close = (phase: Phase, page: boolean) => {
    const last = phases.at(-1);
    if (last?.phase === phase) {
      last.waitingMs += pending.waitingMs;
      last.storingMs += pending.storingMs;
      last.pages += page ? 1 : 0;
    } else phases.push({ phase, pages: page ? 1 : 0, ...pending });
    pending = { waitingMs: 0, storingMs: 0 };
  };
  for (const mark of marks) {
    if (mark.phase === null) pending.waitingMs += mark.at - previous;
    else pending.storingMs += mark.at - previous;
    previous = mark.at;
    if (mark.phase !== null) close(mark.phase, true);
  }
  pending.storingMs += end - previous;
  close("team and finish", false);
  return phases;
}

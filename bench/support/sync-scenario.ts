import { performance } from "node:perf_hooks";
import { startFakeGitHub } from "@/test/fake-github/start-fake-github";
import type { DatabaseKind } from "@/test/support/test-database";
import { openEmptyDatabase } from "./bench-databases";
import { CHANGES_DESCRIPTION, makeTypicalChanges } from "./fake-changes";
import { listingPages, type ListingPages } from "./listing-pages";
import { collectGarbage, mib } from "./rss-sampler";
import { timedSync, type TimedSync } from "./timed-sync";

// One dataset on one database: full sync from empty, idle sync, sync after a few
// changes. Prints its figures and returns whether every target held.

export type Scenario = { scale: number | null; kind: DatabaseKind };

const IDLE_MAX_REQUESTS = 5;
const FULL_SLACK = 10;

export async function runScenario({ scale, kind }: Scenario): Promise<boolean> {
  collectGarbage();
  const rssEmpty = process.memoryUsage.rss();
  const loadStart = performance.now();
  const fake = await startFakeGitHub(scale === null ? {} : { scale });
  const loadMs = performance.now() - loadStart;
  collectGarbage();
  const rssFake = process.memoryUsage.rss();
  const { dataset } = fake.state;
  const pages = listingPages(dataset);

  const db = await openEmptyDatabase(kind);
  collectGarbage();
  const rssDb = process.memoryUsage.rss();
  const heapBefore = process.memoryUsage().heapUsed;
  try {
    const full = await timedSync(db.prisma, fake);
    const mscsAfterFull = await db.prisma.proposal.count();
    collectGarbage();
    const heapAfter = process.memoryUsage().heapUsed;
    const idle = await timedSync(db.prisma, fake);
    makeTypicalChanges(fake);
    const changed = await timedSync(db.prisma, fake);
    const mscsAfterChanges = await db.prisma.proposal.count();

    const title = scale === null ? "real data" : `--scale ${scale}`;
    console.log(`\n=== ${title} on the ${kind} database ===`);
    console.log(
      `fake GitHub dataset: ${dataset.issues.length} issues and PRs, ${dataset.comments.length} comments, ` +
        `${dataset.events.length} issue events, ${dataset.labels.length} labels, ` +
        `${dataset.teamMembers.length} team members (generated and served in ${(loadMs / 1000).toFixed(1)} s)`,
    );
    console.log(
      `RSS baseline: ${mib(rssEmpty)} before the fake; ${mib(rssFake)} holding the fake + its dataset ` +
        `(+${mib(rssFake - rssEmpty)}); ${mib(rssDb)} with the empty migrated database too`,
    );
    printPages(pages);
    printTable([
      ["full sync", full, mscsAfterFull],
      ["idle sync", idle, mscsAfterFull],
      ["after changes", changed, mscsAfterChanges],
    ]);
    console.log(`  (changes: ${CHANGES_DESCRIPTION})`);
    console.log(
      `  loop stall: longest event-loop block during the sync (sync and fake share this thread; ` +
        `so does PGlite). V8 heap used after GC: ${mib(heapBefore)} before the full sync, ` +
        `${mib(heapAfter)} after it (+${mib(heapAfter - heapBefore)} retained).`,
    );
    printPhases(full);
    const checks = targetChecks(full, idle, pages);
    for (const check of checks) console.log(`  ${check.pass ? "PASS" : "FAIL"}  ${check.text}`);
    return checks.every((c) => c.pass);
  } finally {
    await db.close();
    await fake.close();
  }
}

function printPages(pages: ListingPages): void {
  console.log(
    `listing pages at 100 per page: issues ${pages.issues} + comments ${pages.comments} + ` +
      `events ${pages.events} + labels ${pages.labels} + team ${pages.team} = ${pages.total}`,
  );
}

function printTable(rows: [string, TimedSync, number][]): void {
  const pad = (text: string | number, width: number) => String(text).padStart(width);
  console.log(
    `  ${"step".padEnd(14)}${pad("requests", 9)}${pad("304s", 6)}${pad("wall", 10)}` +
      `${pad("peak RSS", 12)}${pad("Δ RSS", 12)}${pad("loop stall", 12)}${pad("MSCs", 7)}  outcome`,
  );
  for (const [name, run, mscs] of rows) {
    const seconds = `${(run.wallMs / 1000).toFixed(2)} s`;
    const delta = `+${mib(run.rss.peakBytes - run.rss.baselineBytes)}`;
    const mismatch = run.fakeRequests !== run.summary.requests ? ` (fake logged ${run.fakeRequests})` : "";
    console.log(
      `  ${name.padEnd(14)}${pad(run.summary.requests, 9)}${pad(run.summary.notModified, 6)}${pad(seconds, 10)}` +
        `${pad(mib(run.rss.peakBytes), 12)}${pad(delta, 12)}${pad(`${run.maxLoopStallMs.toFixed(0)} ms`, 12)}${pad(mscs, 7)}  ${run.summary.outcome}${mismatch}` +
        (run.summary.error ? `: ${run.summary.error}` : ""),
    );
  }
}

function printPhases(full: TimedSync): void {
  const parts = full.phases.map(
    (p) =>
      `${p.phase} ${(p.waitingMs + p.storingMs).toFixed(0)} ms` +
      ` (${p.pages} pages; waiting for GitHub ${p.waitingMs.toFixed(0)}, body+store ${p.storingMs.toFixed(0)})`,
  );
  console.log(`  full sync by phase: ${parts.join("; ")}`);
}

function targetChecks(full: TimedSync, idle: TimedSync, pages: ListingPages) {
  const budget = pages.total + FULL_SLACK;
  return [
    { pass: full.summary.outcome === "succeeded", text: `full sync ${full.summary.outcome}` },
    {
      pass: full.summary.requests <= budget,
      text: `full sync requests vs pages: ${full.summary.requests} requests vs ${pages.total} pages (target <= ${budget})`,
    },
    {
      pass: full.perMscPaths.length === 0,
      text: `no per-MSC request in full sync: ${full.perMscPaths.length} paths match /issues/\\d+${sample(full.perMscPaths)}`,
    },
    {
      pass: idle.summary.requests <= IDLE_MAX_REQUESTS && idle.summary.notModified === idle.summary.requests,
      text: `idle sync: ${idle.summary.requests} requests (target <= ${IDLE_MAX_REQUESTS}), ${idle.summary.notModified} of them 304 (target: all)`,
    },
  ];
}

const sample = (paths: string[]) => (paths.length ? ` (e.g. ${paths.slice(0, 3).join(", ")})` : "");

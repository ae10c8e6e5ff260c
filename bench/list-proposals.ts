// `npx tsx --conditions=react-server bench/list-proposals.ts [--scale 4500] [--db embedded|postgres] [--data-dir DIR]`
// Times listProposals (the /proposals page and GET /api/v1/proposals) on a database
// synced from the fake GitHub at the given scale: the first call after a write (a
// memo miss) and repeated calls (hits), for the queries the page makes most.
// --data-dir keeps the synced embedded database in DIR and reuses it: a full sync of
// 4,500 MSCs takes minutes on a small machine.
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { markDataChanged } from "@/lib/cache/data-generation";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import { applyMigrations } from "@/lib/db/migrate";
import { openEmbedded } from "@/lib/db/open-embedded";
import { listProposals } from "@/lib/proposals/list-proposals";
import type { ProposalQuery } from "@/lib/proposals/proposal-query";
import { startFakeGitHub } from "@/test/fake-github/start-fake-github";
import { syncWithFake } from "@/test/support/sync-harness";
import type { DatabaseKind } from "@/test/support/test-database";
import { availableDatabases, ensurePostgresServer, openEmptyDatabase } from "./support/bench-databases";
import { formatSummary, ms, summarize } from "./support/timing-stats";

const { values } = parseArgs({
  options: { scale: { type: "string" }, db: { type: "string" }, "data-dir": { type: "string" } },
});
const scale = Number(values.scale ?? 4500);
const kinds = availableDatabases((values.db as DatabaseKind | undefined) ?? null);
const REPEATS = 30;

const QUERIES: [string, Partial<ProposalQuery>][] = [
  ["first page, no filter", {}],
  ["status=merged", { status: "merged" }],
  ["state=open, sort=updated", { state: "open", sort: "updated" }],
  ["kind=core, sort=title asc", { kind: "core", sort: "title", order: "asc" } as Partial<ProposalQuery>],
  ["page 40 of everything", { page: 40 }],
  ["q=sync (title + body)", { q: "sync" }],
  ["q=encryption&status=in-review", { q: "encryption", status: "in-review" }],
  ["per_page=1000", { per_page: 1000 }],
];

const stopPostgres = kinds.includes("postgres") ? await ensurePostgresServer() : () => {};
const fake = await startFakeGitHub({ scale });
try {
  for (const kind of kinds) {
    const db = await openBenchDatabase(kind);
    try {
      if ((await db.prisma.proposal.count()) === 0) await syncWithFake(db.prisma, fake, { timeoutMs: 60_000 });
      const count = await db.prisma.proposal.count();
      console.log(`\n=== ${count} proposals on the ${kind} database ===`);
      for (const [name, extra] of QUERIES) {
        const query = { page: 1, per_page: 50, ...extra } as ProposalQuery;
        markDataChanged();
        const missStart = performance.now();
        const first = await listProposals(query, db.prisma);
        const miss = performance.now() - missStart;
        const hits: number[] = [];
        for (let i = 0; i < REPEATS; i++) {
          const start = performance.now();
          await listProposals(query, db.prisma);
          hits.push(performance.now() - start);
        }
        console.log(
          `${name.padEnd(32)} total ${String(first.total).padStart(4)}  miss ${ms(miss).padStart(7)}  repeat: ${formatSummary(summarize(hits))}`,
        );
      }
    } finally {
      await db.close();
    }
  }
} finally {
  await fake.close();
  stopPostgres();
}

async function openBenchDatabase(kind: DatabaseKind): Promise<DatabaseHandle> {
  const dir = values["data-dir"];
  if (kind !== "embedded" || !dir) return openEmptyDatabase(kind);
  const db = await openEmbedded(dir);
  await applyMigrations(db.runner);
  return db;
}

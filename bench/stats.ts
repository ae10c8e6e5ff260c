// `npx tsx --conditions=react-server bench/stats.ts [--scale 4500]`
// What /stats costs per request on the embedded database: the loader's queries and the
// four computations, at the bundled snapshot's size and at a synthetic full repository.
import { parseArgs } from "node:util";
import type { PrismaClient } from "@/lib/db/generated/client";
import { applyMigrations } from "@/lib/db/migrate";
import { loadSnapshotIfEmpty } from "@/lib/proposals/load-snapshot";
import { durationsByKind } from "@/lib/stats/durations-by-kind";
import { loadStatsProposals } from "@/lib/stats/load-stats-proposals";
import { stalledProposals } from "@/lib/stats/stalled-proposals";
import { statusOverTime } from "@/lib/stats/status-over-time";
import { throughputPerQuarter } from "@/lib/stats/throughput-per-quarter";
import { openTestDatabase } from "@/test/support/test-database";
import { formatSummary, summarize } from "./support/timing-stats";

const { values } = parseArgs({ options: { scale: { type: "string" } } });
const scale = Number(values.scale ?? 4500);
const RUNS = 15;
const AS_OF = Date.parse("2026-08-18T00:00:00Z");
const DAY = 86_400_000;

async function measure(label: string, prisma: PrismaClient) {
  const load: number[] = [];
  const compute: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    const proposals = await loadStatsProposals(prisma);
    const t1 = performance.now();
    statusOverTime(proposals, AS_OF);
    durationsByKind(proposals);
    throughputPerQuarter(proposals, AS_OF);
    stalledProposals(proposals, AS_OF, 6);
    compute.push(performance.now() - t1);
    load.push(t1 - t0);
  }
  console.log(`${label}\n  load    ${formatSummary(summarize(load))}\n  compute ${formatSummary(summarize(compute))}`);
}

// Synthetic MSCs over eight years, a third of them through FCP with label history and a
// round, the rest open, merged or closed: the shape a full GitHub sync leaves.
async function seedSynthetic(prisma: PrismaClient, count: number) {
  const kinds = ["kind:core", "kind:feature", "kind:maintenance"];
  await prisma.label.createMany({
    data: [...kinds, "proposed-final-comment-period", "final-comment-period", "finished-final-comment-period"].map(
      (name) => ({ name }),
    ),
    skipDuplicates: true,
  });
  const proposals = Array.from({ length: count }, (_, i) => {
    const createdAt = AS_OF - 8 * 365 * DAY + i * ((8 * 365 * DAY) / count);
    const fate = i % 4;
    return {
      number: 10_000 + i,
      title: `MSC${10_000 + i}: Synthetic proposal ${i}`,
      githubState: fate === 0 ? "open" : "closed",
      merged: fate === 1 || fate === 2,
      createdAt: new Date(createdAt),
      updatedAt: new Date(Math.min(AS_OF, createdAt + (i % 500) * DAY)),
      mergedAt: fate === 1 || fate === 2 ? new Date(createdAt + 200 * DAY) : null,
      closedAt: fate === 0 ? null : new Date(createdAt + 200 * DAY),
      source: "sync" as const,
    };
  });
  await prisma.proposal.createMany({ data: proposals });
  await prisma.proposalLabel.createMany({
    data: proposals.map((p, i) => ({ proposalNumber: p.number, labelName: kinds[i % 3]! })),
  });
  const throughFcp = proposals.filter((_, i) => i % 3 === 0);
  const change = (n: number, labelName: string, action: "added" | "removed", at: number) => ({
    proposalNumber: n,
    labelName,
    action,
    at: new Date(at),
    source: "sync" as const,
  });
  await prisma.labelChange.createMany({
    data: throughFcp.flatMap((p) => {
      const t = p.createdAt.getTime() + 100 * DAY;
      return [
        change(p.number, "proposed-final-comment-period", "added", t),
        change(p.number, "final-comment-period", "added", t + 20 * DAY),
        change(p.number, "proposed-final-comment-period", "removed", t + 20 * DAY),
        change(p.number, "finished-final-comment-period", "added", t + 25 * DAY),
        change(p.number, "final-comment-period", "removed", t + 25 * DAY),
      ];
    }),
  });
  await prisma.fcpRound.createMany({
    data: throughFcp.map((p) => ({
      proposalNumber: p.number,
      disposition: "merge" as const,
      proposedBy: "someone",
      proposedAt: new Date(p.createdAt.getTime() + 100 * DAY),
      startedAt: new Date(p.createdAt.getTime() + 120 * DAY),
      source: "mscbot" as const,
    })),
  });
}

const db = await openTestDatabase("embedded");
try {
  await applyMigrations(db.runner);
  await loadSnapshotIfEmpty(db.prisma);
  console.log(`/stats data cost, embedded database, ${RUNS} runs each (first run includes warm-up)`);
  await measure("bundled snapshot (378 MSCs)", db.prisma);
  await seedSynthetic(db.prisma, scale - 378);
  await measure(`snapshot + synthetic = ${scale} MSCs (${Math.round((scale - 378) / 3)} with FCP history)`, db.prisma);
} finally {
  await db.close();
}

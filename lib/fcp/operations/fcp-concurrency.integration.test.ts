import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import type { PrismaClient } from "@/lib/db/generated/client";
import { applyMigrations } from "@/lib/db/migrate";
import { openPostgres } from "@/lib/db/open-postgres";
import { seedProposal, seedTeam, TEAM } from "@/test/support/seed-fcp-team";
import { createPostgresDatabase, DATABASE_KINDS, openTestDatabase } from "@/test/support/test-database";
import { completeDueFcps } from "./complete-due-fcps";
import { applyFcpChange } from "./fcp-change";
import { proposeFcp } from "./propose-fcp";
import { recordPosition } from "./record-position";

// Many members voting at once, and several schedulers sweeping at once, must start and
// finish each round exactly once: one startedAt, one completedAt, one event of each.

const T0 = new Date("2026-04-01T00:00:00Z");
const AFTER_END = new Date(T0.getTime() + 6 * 86_400_000);
const ROUNDS = 5;

/** One round per fresh MSC, every member approving at once, each vote its own transaction. */
async function voteAllAtOnce(clients: PrismaClient[], msc: number): Promise<number> {
  const { roundId } = await applyFcpChange(clients[0]!, "m0", (tx) =>
    proposeFcp(tx, { proposalNumber: msc, disposition: "merge", by: "m0" }, { now: T0 }),
  );
  await Promise.all(
    TEAM.map((member, i) =>
      applyFcpChange(clients[i % clients.length]!, member, (tx) =>
        recordPosition(tx, { roundId, member, position: "approve" }, { now: T0 }),
      ),
    ),
  );
  return roundId;
}

async function expectStartedOnce(prisma: PrismaClient, roundId: number) {
  const round = await prisma.fcpRound.findUniqueOrThrow({ where: { id: roundId } });
  expect(round.startedAt).toEqual(T0);
  expect(await prisma.event.count({ where: { fcpRoundId: roundId, kind: "fcp.started" } })).toBe(1);
  expect(await prisma.event.count({ where: { fcpRoundId: roundId, kind: "vote.cast" } })).toBe(TEAM.length);
}

async function expectFinishedOnce(prisma: PrismaClient, roundIds: number[], sweeps: number[][]) {
  // Every round concluded by exactly one sweep, and logged once.
  expect(sweeps.flat().sort((a, b) => a - b)).toEqual([...roundIds].sort((a, b) => a - b));
  for (const roundId of roundIds) {
    const round = await prisma.fcpRound.findUniqueOrThrow({ where: { id: roundId } });
    expect(round.completedAt).toEqual(AFTER_END);
    expect(await prisma.event.count({ where: { fcpRoundId: roundId, kind: "fcp.finished" } })).toBe(1);
  }
}

describe.each(DATABASE_KINDS)("FCP transitions under concurrency on the %s database", (kind) => {
  let db: DatabaseHandle;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await applyMigrations(db.runner);
    await seedTeam(db.prisma);
  });
  afterAll(async () => db.close());

  it(`starts each of ${ROUNDS} rounds exactly once when ten members vote at once`, async () => {
    const roundIds: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const roundId = await voteAllAtOnce([db.prisma], await seedProposal(db.prisma, 6000 + i));
      await expectStartedOnce(db.prisma, roundId);
      roundIds.push(roundId);
    }
    const sweeps = await Promise.all(Array.from({ length: 5 }, () => completeDueFcps(db.prisma, AFTER_END)));
    await expectFinishedOnce(db.prisma, roundIds, sweeps);
  });
});

describe("FCP transitions from two app instances on one PostgreSQL database", () => {
  let instances: DatabaseHandle[];
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const created = await createPostgresDatabase();
    drop = created.drop;
    instances = [await openPostgres(created.url), await openPostgres(created.url)];
    await applyMigrations(instances[0]!.runner);
    await seedTeam(instances[0]!.prisma);
  });
  afterAll(async () => {
    for (const instance of instances) await instance.close();
    await drop();
  });

  it("starts and finishes each round exactly once, whichever instance acts", async () => {
    const clients = instances.map((i) => i.prisma);
    const roundIds: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const roundId = await voteAllAtOnce(clients, await seedProposal(clients[0]!, 7000 + i));
      await expectStartedOnce(clients[1]!, roundId);
      roundIds.push(roundId);
    }
    const sweeps = await Promise.all(
      Array.from({ length: 6 }, (_, i) => completeDueFcps(clients[i % clients.length]!, AFTER_END)),
    );
    await expectFinishedOnce(clients[0]!, roundIds, sweeps);
  });
});

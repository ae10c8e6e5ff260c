import type { DatabaseHandle } from "@/lib/db/database-handle";
import { applyMigrations } from "@/lib/db/migrate";
import { openPostgres } from "@/lib/db/open-postgres";
import type { PositionName } from "@/lib/fcp/fcp-dto";
import { applyFcpChange } from "@/lib/fcp/operations/fcp-change";
import { proposeFcp } from "@/lib/fcp/operations/propose-fcp";
import { raiseConcern } from "@/lib/fcp/operations/raise-concern";
import { recordPosition } from "@/lib/fcp/operations/record-position";
import { webhookPoster } from "@/lib/notify/channels/post-webhook";
import { runNotifyPass, type NotifyOptions } from "@/lib/notify/run-notify-pass";
import { seedProposal, seedTeam } from "@/test/support/seed-fcp-team";
import { openTestDatabase, type DatabaseKind } from "@/test/support/test-database";

// What the notification integration tests share: a migrated database with a team, a
// clock, FCP actions as a person takes them, and one notification pass with the
// channels each test points at its local fake.

export const RULES = { thresholdPercent: 75, durationDays: 5 };
export const T0 = new Date("2026-03-01T12:00:00Z");
export const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
export const PUBLIC_URL = "https://tracker.example.org";

export async function openNotifyDatabase(kind: DatabaseKind) {
  const db = await openTestDatabase(kind);
  await applyMigrations(db.runner);
  await seedTeam(db.prisma);
  return db;
}

export function notifyHarness(getDb: () => DatabaseHandle) {
  let nextMsc = 9000;
  const prisma = () => getDb().prisma;
  const logs: string[] = [];
  return {
    logs,
    /** A fresh open MSC to act on. */
    freshMsc: () => seedProposal(prisma(), ++nextMsc),
    /** A signed-in person who follows `msc`, with e-mail as given (undefined: never opted in). */
    async follower(login: string, msc: number, email?: { level?: "every" | "significant"; daily?: number }) {
      const user = await prisma().user.upsert({
        where: { githubLogin: login },
        create: { githubLogin: login, email: `${login}@example.org` },
        update: {},
      });
      await prisma().follow.create({ data: { userId: user.id, proposalNumber: msc } });
      if (email) {
        await prisma().emailPreference.upsert({
          where: { userId: user.id },
          create: {
            userId: user.id,
            enabled: true,
            level: email.level ?? "significant",
            cadence: email.daily === undefined ? "immediate" : "daily",
            digestHour: email.daily ?? 8,
          },
          update: {},
        });
      }
      return user;
    },
    propose: (msc: number, now = T0, by = "m0") =>
      applyFcpChange(prisma(), by, (tx) =>
        proposeFcp(tx, { proposalNumber: msc, disposition: "merge", by }, { now, rules: RULES }),
      ),
    vote: (roundId: number, member: string, position: PositionName = "approve", now = T0) =>
      applyFcpChange(prisma(), member, (tx) =>
        recordPosition(tx, { roundId, member, position }, { now, rules: RULES }),
      ),
    concern: (msc: number, text: string, now = T0, by = "m1") =>
      applyFcpChange(prisma(), by, (tx) => raiseConcern(tx, { proposalNumber: msc, text, by }, { now })),
    /** One notification pass at `now`; channels not given are off (webhooks are always on). */
    pass: (now: Date, options: Partial<NotifyOptions> = {}) =>
      runNotifyPass({
        prisma: prisma(),
        instance: "test-a",
        publicUrl: PUBLIC_URL,
        email: null,
        matrix: null,
        webhook: webhookPoster({ timeoutMs: 2_000, now: () => now }),
        log: (line) => logs.push(line),
        now: () => now,
        ...options,
      }),
    /** The deliveries about one MSC's events on one channel. */
    async deliveriesAbout(msc: number, channel: "email" | "matrix" | "webhook") {
      const events = await prisma().event.findMany({ where: { proposalNumber: msc }, select: { id: true } });
      return prisma().delivery.findMany({
        where: { channel, eventIds: { hasSome: events.map((e) => e.id) } },
        orderBy: [{ createdAt: "asc" }, { key: "asc" }],
      });
    },
    deliveries: (where: { channel?: "email" | "matrix" | "webhook"; targetId?: string } = {}) =>
      prisma().delivery.findMany({ where, orderBy: [{ createdAt: "asc" }, { key: "asc" }] }),
  };
}

/** Another app instance's connection to the same PostgreSQL database. */
export async function secondConnection(db: DatabaseHandle) {
  const [row] = await db.prisma.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${row!.name}`;
  return openPostgres(url.toString());
}

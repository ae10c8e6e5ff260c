import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import { applyMigrations } from "@/lib/db/migrate";
import { DATABASE_KINDS, openTestDatabase } from "@/test/support/test-database";
import { buildAtomFeed } from "./build-atom-feed";
import { buildFcpCalendar } from "./build-fcp-calendar";
import { proposalFeed } from "./compose-feeds";
import { loadFcpCalendarRounds } from "./load-fcp-calendar";
import { loadFcpEvents, loadStatusChanges } from "./load-feed-events";
import { loadProposalFeed } from "./load-proposal-feed";

const now = new Date("2026-11-20T12:00:00Z");
const at = (iso: string) => new Date(iso);

describe.each(DATABASE_KINDS)("feed loaders on the %s database", (kind) => {
  let db: DatabaseHandle;
  let roundIds: { active: number; old: number };

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await applyMigrations(db.runner);
    const prisma = db.prisma;
    await prisma.proposal.createMany({
      data: [
        { number: 4250, title: "MSC4250: Feeds <b>& things</b>", githubState: "open", source: "sync" },
        { number: 1111, title: "MSC1111: Other", githubState: "open", source: "sync" },
      ],
    });
    const active = await prisma.fcpRound.create({
      data: {
        proposalNumber: 4250,
        disposition: "merge",
        proposedBy: "turt2live",
        proposedAt: at("2026-11-10T09:00:00Z"),
        startedAt: at("2026-11-15T12:00:00Z"),
        endsAt: at("2026-11-20T12:00:10Z"),
        source: "mscbot",
      },
    });
    // Ended long ago: history, not for the calendar.
    const old = await prisma.fcpRound.create({
      data: {
        proposalNumber: 1111,
        disposition: "close",
        proposedBy: "richvdh",
        proposedAt: at("2025-01-01T00:00:00Z"),
        startedAt: at("2025-01-02T00:00:00Z"),
        endsAt: at("2025-01-07T00:00:10Z"),
        completedAt: at("2025-01-07T00:00:10Z"),
        source: "mscbot",
      },
    });
    roundIds = { active: active.id, old: old.id };
    // A proposed round has no end yet.
    await prisma.fcpRound.create({
      data: { proposalNumber: 1111, disposition: "postpone", proposedBy: "uhoreg", proposedAt: now, source: "mscbot" },
    });
    await prisma.event.createMany({
      data: [
        {
          proposalNumber: 4250,
          kind: "status.changed",
          at: at("2026-11-01T00:00:00Z"),
          source: "sync",
          data: { from: null, to: "in-review" },
        },
        {
          proposalNumber: 4250,
          kind: "status.changed",
          at: at("2026-11-10T09:00:00Z"),
          source: "webhook",
          data: { from: "in-review", to: "proposed-fcp" },
        },
        {
          proposalNumber: 4250,
          fcpRoundId: active.id,
          kind: "fcp.proposed",
          at: at("2026-11-10T09:00:00Z"),
          actorLogin: "turt2live",
          source: "mscbot",
          data: { disposition: "merge" },
        },
        {
          proposalNumber: 4250,
          fcpRoundId: active.id,
          kind: "fcp.started",
          at: at("2026-11-15T12:00:00Z"),
          source: "mscbot",
          data: { endsAt: "2026-11-20T12:00:10.000Z" },
        },
        {
          proposalNumber: 1111,
          kind: "status.changed",
          at: at("2026-11-05T00:00:00Z"),
          source: "sync",
          data: { from: "in-review", to: "fcp" },
        },
        { proposalNumber: 4250, kind: "vote.cast", at: at("2026-11-11T00:00:00Z"), source: "web", data: {} },
      ],
    });
    await prisma.labelChange.create({
      data: {
        proposalNumber: 4250,
        labelName: "proposed-final-comment-period",
        action: "added",
        actorLogin: "mscbot",
        at: at("2026-11-10T09:00:01Z"),
        source: "sync",
      },
    });
  });
  afterAll(async () => db.close());

  it("loads status moves of all MSCs, newest first, with each MSC's title", async () => {
    const events = await loadStatusChanges(100, db.prisma);
    expect(events.map((e) => [e.proposalNumber, e.data])).toEqual([
      [4250, { from: "in-review", to: "proposed-fcp" }],
      [1111, { from: "in-review", to: "fcp" }],
      [4250, { from: null, to: "in-review" }],
    ]);
    expect(events[0]).toMatchObject({ kind: "status.changed", proposalTitle: "MSC4250: Feeds <b>& things</b>" });
    expect(events[0]!.key).toMatch(/^event\/\d+$/);
    expect((await loadStatusChanges(1, db.prisma)).map((e) => e.at)).toEqual([at("2026-11-10T09:00:00Z")]);
  });

  it("loads FCP steps with their round's disposition", async () => {
    const events = await loadFcpEvents(100, db.prisma);
    expect(events.map((e) => [e.kind, e.disposition, e.actorLogin])).toEqual([
      ["fcp.started", "merge", null],
      ["fcp.proposed", "merge", "turt2live"],
    ]);
  });

  it("loads one MSC's status, FCP and label history, or null for an unknown MSC", async () => {
    const feed = await loadProposalFeed(4250, 100, db.prisma);
    expect(feed?.proposal).toEqual({ number: 4250, title: "MSC4250: Feeds <b>& things</b>" });
    expect(feed?.events.map((e) => e.kind)).toEqual([
      "fcp.started",
      "label.added",
      // Recorded at the same moment as the status move, and after it.
      "fcp.proposed",
      "status.changed",
      "status.changed",
    ]);
    expect(feed?.events[1]).toMatchObject({
      key: expect.stringMatching(/^label-change\/\d+$/),
      data: { label: "proposed-final-comment-period" },
    });
    expect(await loadProposalFeed(99999, 100, db.prisma)).toBeNull();

    const xml = buildAtomFeed(
      proposalFeed(feed!.proposal, feed!.events, { origin: "http://x.test", hostname: "x.test" }),
    );
    expect(xml).toContain("<title>MSC4250: Feeds &lt;b&gt;&amp; things&lt;/b&gt;</title>");
    expect(xml.match(/<entry>/g)).toHaveLength(5);
  });

  it("loads the rounds with an end time that is ahead or recent, for the calendar", async () => {
    const rounds = await loadFcpCalendarRounds(now, db.prisma);
    expect(rounds).toEqual([
      {
        id: roundIds.active,
        proposalNumber: 4250,
        proposalTitle: "MSC4250: Feeds <b>& things</b>",
        disposition: "merge",
        proposedBy: "turt2live",
        proposedAt: at("2026-11-10T09:00:00Z"),
        startedAt: at("2026-11-15T12:00:00Z"),
        endsAt: at("2026-11-20T12:00:10Z"),
        completedAt: null,
        cancelledAt: null,
      },
    ]);
    expect((await loadFcpCalendarRounds(at("2025-01-10T00:00:00Z"), db.prisma)).map((r) => r.id)).toEqual([
      roundIds.old,
      roundIds.active,
    ]);
    const ics = buildFcpCalendar(rounds, { origin: "http://x.test", hostname: "x.test" });
    expect(ics).toContain(`UID:fcp-round-${roundIds.active}@x.test\r\n`);
    expect(ics).toContain("DTSTART:20261120T120010Z\r\n");
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeViewer } from "@/lib/auth/roles";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import { applyMigrations } from "@/lib/db/migrate";
import { FCP_MSC, seedFcpHistory } from "@/test/support/seed-fcp-history";
import { DATABASE_KINDS, openTestDatabase } from "@/test/support/test-database";
import { listAwaitingPosition } from "./list-awaiting-position";
import { listFollowedProposals } from "./list-followed-proposals";
import { listMyConcerns } from "./list-my-concerns";

// /me's three lists on the seeded FCP history (seed-fcp-history.ts): the open round's
// roster is alice, bob, carol, dave; the team now is alice, bob, carol, erin; bob
// withdrew his approval, carol recused, dave left, erin joined and approved.

const member = (login: string) => makeViewer(login, { isMember: true, isAdmin: false });

describe.each(DATABASE_KINDS)("/me loaders on the %s database", (kind) => {
  let db: DatabaseHandle;
  let openId: number;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await applyMigrations(db.runner);
    ({ openId } = await seedFcpHistory(db.prisma));
    await db.prisma.proposal.create({
      data: { number: 4001, title: "MSC4001: Another", githubState: "open", source: "sync" },
    });
    await db.prisma.concern.create({
      data: {
        proposalNumber: 4001,
        text: "unclear",
        raisedBy: "Bob",
        raisedAt: new Date("2025-01-01T00:00:00Z"),
        source: "web",
      },
    });
    const bob = await db.prisma.user.create({ data: { githubLogin: "bob" } });
    await db.prisma.follow.createMany({
      data: [
        { userId: bob.id, proposalNumber: FCP_MSC, createdAt: new Date("2026-02-01T00:00:00Z") },
        { userId: bob.id, proposalNumber: 4001, createdAt: new Date("2026-03-01T00:00:00Z") },
      ],
    });
  });
  afterAll(async () => db.close());

  it("lists an open round for a current member with no position, and not for those who took one", async () => {
    expect(await listAwaitingPosition(db.prisma, member("BOB"))).toEqual([
      {
        number: FCP_MSC,
        title: "MSC4000: Room versions that know their history",
        roundId: openId,
        disposition: "merge",
        phase: "proposed",
        // alice and erin approve; carol recused, so 3 counted and 3 needed (75 % rounded up).
        approvals: 2,
        required: 3,
        openConcerns: 0,
        proposedAt: "2026-01-05T00:00:00.000Z",
      },
    ]);
    for (const login of ["alice", "carol", "erin"])
      expect(await listAwaitingPosition(db.prisma, member(login))).toEqual([]);
    // dave is on the roster but left the team: he owes nothing, and a non-member never does.
    expect(await listAwaitingPosition(db.prisma, makeViewer("dave", { isMember: false, isAdmin: false }))).toEqual([]);
  });

  it("stops listing a round once it closes", async () => {
    await db.prisma.fcpRound.update({ where: { id: openId }, data: { cancelledAt: new Date() } });
    expect(await listAwaitingPosition(db.prisma, member("bob"))).toEqual([]);
    await db.prisma.fcpRound.update({ where: { id: openId }, data: { cancelledAt: null } });
  });

  it("lists the concerns a person raised, open ones first", async () => {
    const concerns = await listMyConcerns(db.prisma, "bob");
    expect(concerns.map((c) => [c.number, c.text, c.resolved])).toEqual([
      [4001, "unclear", false],
      [FCP_MSC, "needs an implementation", true],
    ]);
    expect(concerns[1]).toMatchObject({ resolvedBy: "bob", resolvedAt: "2026-01-08T12:00:00.000Z" });
    expect(await listMyConcerns(db.prisma, "alice")).toEqual([]);
  });

  it("lists followed proposals with their derived status, latest followed first", async () => {
    expect(await listFollowedProposals(db.prisma, "Bob")).toEqual([
      {
        number: 4001,
        title: "MSC4001: Another",
        status: "in-review",
        followedAt: "2026-03-01T00:00:00.000Z",
        viaSearch: null,
      },
      {
        number: FCP_MSC,
        title: "MSC4000: Room versions that know their history",
        status: "proposed-fcp",
        followedAt: "2026-02-01T00:00:00.000Z",
        viaSearch: null,
      },
    ]);
    expect(await listFollowedProposals(db.prisma, "alice")).toEqual([]);
  });
});

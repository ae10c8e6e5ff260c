import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ANONYMOUS, makeViewer, type Viewer } from "@/lib/auth/roles";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import { applyMigrations } from "@/lib/db/migrate";
import { seedProposal } from "@/test/support/seed-fcp-team";
import { DATABASE_KINDS, openTestDatabase } from "@/test/support/test-database";
import { followDefinition, unfollowDefinition } from "./follow-actions";
import { actionRunner, CROSS_SITE, SAME_SITE } from "@/test/support/run-action-on-database";

const alice = makeViewer("alice", { isMember: false, isAdmin: false });

describe.each(DATABASE_KINDS)("follow and unfollow on the %s database", (kind) => {
  let db: DatabaseHandle;
  const dataChanged = vi.fn();

  const { run } = actionRunner(() => db.prisma, dataChanged);
  const state = async () => ({ follows: await db.prisma.follow.count(), events: await db.prisma.event.count() });

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await applyMigrations(db.runner);
    await seedProposal(db.prisma, 4405);
    await db.prisma.user.create({ data: { githubLogin: "Alice" } });
  });
  afterAll(async () => db.close());

  it("follows once and unfollows once however often asked, recording each request", async () => {
    expect(await run(followDefinition, { proposalNumber: "4405" }, alice)).toEqual({
      ok: true,
      data: { proposalNumber: 4405, following: true, changed: true },
    });
    expect(await run(followDefinition, { proposalNumber: 4405 }, alice)).toMatchObject({
      data: { following: true, changed: false },
    });
    expect(await db.prisma.follow.count()).toBe(1);
    expect(await run(unfollowDefinition, { proposalNumber: 4405 }, alice)).toMatchObject({
      data: { following: false, changed: true },
    });
    expect(await run(unfollowDefinition, { proposalNumber: 4405 }, alice)).toMatchObject({
      data: { following: false, changed: false },
    });
    expect(await db.prisma.follow.count()).toBe(0);
    const events = await db.prisma.event.findMany({ orderBy: { id: "asc" } });
    expect(events.map((e) => [e.kind, e.actorLogin, e.proposalNumber, e.data])).toEqual([
      ["follow.added", "alice", 4405, { changed: true }],
      ["follow.added", "alice", 4405, { changed: false }],
      ["follow.removed", "alice", 4405, { changed: true }],
      ["follow.removed", "alice", 4405, { changed: false }],
    ]);
  });

  it.each<[string, Viewer, Record<string, string>, unknown, number]>([
    ["anonymous", ANONYMOUS, SAME_SITE, { proposalNumber: 4405 }, 401],
    ["another site", alice, CROSS_SITE, { proposalNumber: 4405 }, 403],
    ["an MSC the tracker does not know", alice, SAME_SITE, { proposalNumber: 99_999 }, 404],
    ["a malformed number", alice, SAME_SITE, { proposalNumber: "abc" }, 400],
    [
      "a person whose sign-in is not on record",
      makeViewer("ghost", { isMember: true, isAdmin: true }),
      SAME_SITE,
      { proposalNumber: 4405 },
      403,
    ],
  ])("refuses %s, writing nothing", async (_case, viewer, headers, input, status) => {
    const before = await state();
    for (const definition of [followDefinition, unfollowDefinition]) {
      expect(await run(definition, input, viewer, headers)).toMatchObject({ ok: false, status });
    }
    expect(await state()).toEqual(before);
  });
});

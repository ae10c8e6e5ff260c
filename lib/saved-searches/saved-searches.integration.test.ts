import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUDIT_GROUPS } from "@/lib/audit/audit-kinds";
import { ANONYMOUS, makeViewer, type Viewer } from "@/lib/auth/roles";
import { markDataChanged } from "@/lib/cache/data-generation";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import { applyMigrations } from "@/lib/db/migrate";
import { followDefinition, unfollowDefinition } from "@/lib/follows/follow-actions";
import type { GitHubIssue } from "@/lib/github/github-types";
import { storeIssues } from "@/lib/github/sync/store-issues";
import { hashFeedToken, newFeedToken } from "@/lib/me-feed/feed-token";
import { loadPrivateFeed } from "@/lib/me-feed/load-private-feed";
import { actionRunner, CROSS_SITE, SAME_SITE } from "@/test/support/run-action-on-database";
import { DATABASE_KINDS, openTestDatabase } from "@/test/support/test-database";
import { applySavedSearches } from "./apply-saved-searches";
import { createSavedSearchDefinition, deleteSavedSearchDefinition, MAX_SAVED_SEARCHES } from "./saved-search-actions";

const alice = makeViewer("alice", { isMember: false, isAdmin: false });
const bob = makeViewer("bob", { isMember: true, isAdmin: false });
const carol = makeViewer("carol", { isMember: false, isAdmin: true });
const NOW = new Date("2026-11-24T10:00:00Z");

function issue(number: number, labels: string[], extra: Partial<GitHubIssue> = {}): GitHubIssue {
  return {
    id: number,
    number,
    title: `MSC${number}: Saved search test`,
    state: "open",
    user: { login: "someone" },
    labels,
    created_at: "2026-01-01T00:00:00Z",
    updated_at: NOW.toISOString(),
    closed_at: null,
    pull_request: { merged_at: null },
    ...extra,
  };
}

describe.each(DATABASE_KINDS)("saved searches on the %s database", (kind) => {
  let db: DatabaseHandle;
  const { run, ok } = actionRunner(() => db.prisma);
  const store = async (issues: GitHubIssue[]) => {
    await db.prisma.$transaction((tx) => storeIssues(tx, issues, "sync"));
    markDataChanged(); // as the sync does after each page
  };
  const followsOf = async (login: string) =>
    (
      await db.prisma.follow.findMany({
        where: { user: { githubLogin: login } },
        select: { proposalNumber: true, savedSearchId: true },
        orderBy: { proposalNumber: "asc" },
      })
    ).map((f) => [f.proposalNumber, f.savedSearchId]);
  const save = (viewer: Viewer, input: Record<string, unknown>) => ok(run(createSavedSearchDefinition, input, viewer));

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await applyMigrations(db.runner);
    for (const login of ["Alice", "bob", "carol"]) await db.prisma.user.create({ data: { githubLogin: login } });
    await store([
      issue(101, ["proposal", "kind:core", "final-comment-period"]),
      issue(102, ["proposal", "kind:core", "final-comment-period", "client-server"]),
      issue(103, ["proposal", "kind:core"]),
      issue(104, ["proposal", "kind:feature", "final-comment-period"], { user: { login: "Bob" } }),
      issue(105, ["proposal"], { body: "Author: @someone, @bob\n\nWe frobnicate the widgets." }),
    ]);
  });
  afterAll(async () => db.close());

  it.each<[string, Viewer, Record<string, string>, Record<string, unknown>, number, RegExp]>([
    ["anonymous", ANONYMOUS, SAME_SITE, { kind: "core" }, 401, /^Sign in to save a search\.$/],
    ["another site", alice, CROSS_SITE, { kind: "core" }, 403, /another site/],
    [
      "a person not on record",
      makeViewer("ghost", { isMember: false, isAdmin: false }),
      SAME_SITE,
      { kind: "core" },
      403,
      /not on record/,
    ],
    ["no filter at all", alice, SAME_SITE, { name: "Everything" }, 422, /^Choose at least one filter/],
    ["a status the list does not know", alice, SAME_SITE, { status: "nearly-done" }, 400, /^Invalid request: status/],
    ["a name too long", alice, SAME_SITE, { kind: "core", name: "x".repeat(101) }, 400, /at most 100/],
  ])("refuses %s, writing nothing", async (_case, viewer, headers, input, status, message) => {
    const before = [await db.prisma.savedSearch.count(), await db.prisma.follow.count(), await db.prisma.event.count()];
    const result = await run(createSavedSearchDefinition, input, viewer, headers);
    expect(result).toMatchObject({ ok: false, status, message: expect.stringMatching(message) });
    expect([
      await db.prisma.savedSearch.count(),
      await db.prisma.follow.count(),
      await db.prisma.event.count(),
    ]).toEqual(before);
  });

  it("follows what a search matches when saved, for every role, keeping hand follows as they are", async () => {
    await ok(run(followDefinition, { proposalNumber: 102 }, alice));
    const saved = await save(alice, { kind: "core", status: "fcp" });
    expect(saved).toMatchObject({ name: "status Final comment period · kind core", matching: 2, followed: 1 });
    expect(await followsOf("Alice")).toEqual([
      [101, saved.id],
      [102, null],
    ]);
    expect(await save(bob, { area: "client-server", name: "CS" })).toMatchObject({
      name: "CS",
      matching: 1,
      followed: 1,
    });
    expect(await save(carol, { status: "fcp", kind: "feature" })).toMatchObject({ matching: 1, followed: 1 });

    // The same filters again are refused, whatever their order or name.
    expect(await run(createSavedSearchDefinition, { status: "fcp", kind: "core", name: "Again" }, alice)).toEqual({
      ok: false,
      status: 409,
      message: "You already saved this search, as “status Final comment period · kind core”.",
    });
    const events = await db.prisma.event.findMany({ where: { kind: { startsWith: "saved_search." } } });
    expect(events.map((e) => [e.kind, e.actorLogin])).toEqual([
      ["saved_search.created", "alice"],
      ["saved_search.created", "bob"],
      ["saved_search.created", "carol"],
    ]);
    // Private like follows: the public audit log never lists these kinds.
    expect(Object.values(AUDIT_GROUPS).flat()).not.toContain("saved_search.created");
  });

  it("follows an MSC that comes to match later once, and never again after an unfollow", async () => {
    await store([issue(103, ["proposal", "kind:core", "final-comment-period"])]);
    const first = await applySavedSearches(db.prisma, { now: NOW });
    expect([...first.searches.values()].reduce((sum, s) => sum + s.followed, 0)).toBe(1);
    expect((await followsOf("Alice")).map(([n]) => n)).toEqual([101, 102, 103]);
    const again = await applySavedSearches(db.prisma, { now: NOW });
    expect([...again.searches.values()].every((s) => s.followed === 0)).toBe(true);

    await ok(run(unfollowDefinition, { proposalNumber: 103 }, alice));
    await applySavedSearches(db.prisma, { now: NOW });
    expect((await followsOf("Alice")).map(([n]) => n)).toEqual([101, 102]);
  });

  it("follows 'authored by me' (PR author or listed author) and body text", async () => {
    expect(await save(bob, { mine: "on" })).toMatchObject({ name: "authored by me", matching: 2, followed: 2 });
    expect(await save(carol, { q: "frobnicate" })).toMatchObject({ matching: 1, followed: 1 });
    expect(await followsOf("bob")).toEqual([
      [102, expect.any(Number)],
      [104, expect.any(Number)],
      [105, expect.any(Number)],
    ]);
    expect((await followsOf("carol")).map(([n]) => n)).toEqual([104, 105]);
  });

  it("runs safely twice at once, following each new match once", async () => {
    await store([issue(106, ["proposal", "kind:core", "final-comment-period"])]);
    const runs = await Promise.all([
      applySavedSearches(db.prisma, { now: NOW }),
      applySavedSearches(db.prisma, { now: NOW }),
    ]);
    const followed = runs.flatMap((r) => [...r.searches.values()]).reduce((sum, s) => sum + s.followed, 0);
    expect(followed).toBe(1);
    expect(await db.prisma.follow.count({ where: { proposalNumber: 106 } })).toBe(1);
  });

  it("deletes only the owner's search, removing only the follows it made", async () => {
    const search = await db.prisma.savedSearch.findFirstOrThrow({ where: { user: { githubLogin: "Alice" } } });
    const missing = { ok: false, status: 404, message: `You have no saved search ${search.id}.` };
    expect(await run(deleteSavedSearchDefinition, { id: search.id }, bob)).toEqual(missing);
    expect(await run(deleteSavedSearchDefinition, { id: 999_999 }, alice)).toMatchObject({
      status: 404,
      message: "You have no saved search 999999.",
    });
    expect(await run(deleteSavedSearchDefinition, { id: search.id }, ANONYMOUS)).toMatchObject({ status: 401 });

    // Followed by hand after the search followed it: now the reader's own.
    await ok(run(followDefinition, { proposalNumber: 106 }, alice));
    expect(await ok(run(deleteSavedSearchDefinition, { id: String(search.id) }, alice))).toEqual({
      id: search.id,
      name: search.name,
      unfollowed: 1,
    });
    expect(await followsOf("Alice")).toEqual([
      [102, null],
      [106, null],
    ]);
    expect(await db.prisma.savedSearchMatch.count({ where: { savedSearchId: search.id } })).toBe(0);
    expect((await followsOf("bob")).length).toBe(3);
  });

  it("hands a follow to another of the owner's searches that matched the MSC too", async () => {
    const erin = makeViewer("erin", { isMember: false, isAdmin: false });
    await db.prisma.user.create({ data: { githubLogin: "erin" } });
    const wide = await save(erin, { kind: "feature" });
    const narrow = await save(erin, { kind: "feature", status: "fcp" });
    expect([wide.followed, narrow.matching, narrow.followed]).toEqual([1, 1, 0]);
    const removed = await ok(run(deleteSavedSearchDefinition, { id: wide.id }, erin));
    expect(removed.unfollowed).toBe(0);
    expect(await followsOf("erin")).toEqual([[104, narrow.id]]);
    expect(await ok(run(deleteSavedSearchDefinition, { id: narrow.id }, erin))).toMatchObject({ unfollowed: 1 });
    expect(await followsOf("erin")).toEqual([]);
  });

  it(`refuses more than ${MAX_SAVED_SEARCHES} searches per person`, async () => {
    const dave = makeViewer("dave", { isMember: false, isAdmin: false });
    await db.prisma.user.create({ data: { githubLogin: "dave" } });
    for (let n = 0; n < MAX_SAVED_SEARCHES; n++) await save(dave, { q: `nothing-${n}` });
    expect(await run(createSavedSearchDefinition, { q: "one-more" }, dave)).toEqual({
      ok: false,
      status: 422,
      message: `You have ${MAX_SAVED_SEARCHES} saved searches, the most allowed: delete one first.`,
    });
  });

  it("follows one reader's new matches when their private feed is loaded, and only theirs", async () => {
    await store([issue(107, ["proposal", "kind:feature", "final-comment-period"], { user: { login: "bob" } })]);
    const carolRow = await db.prisma.user.findUniqueOrThrow({ where: { githubLogin: "carol" } });
    const token = newFeedToken();
    await db.prisma.meFeedState.create({
      data: { userId: carolRow.id, tokenHash: hashFeedToken(token), tokenCreatedAt: NOW },
    });
    expect(await loadPrivateFeed(db.prisma, token, NOW)).not.toBeNull();
    expect((await followsOf("carol")).map(([n]) => n)).toContain(107);
    // Bob's "authored by me" matches it too, and waits for his feed or the next pass.
    expect((await followsOf("bob")).map(([n]) => n)).not.toContain(107);
  });
});

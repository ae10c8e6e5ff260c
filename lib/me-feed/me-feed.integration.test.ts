import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ZodType } from "zod";
import { ANONYMOUS, makeViewer, type Viewer } from "@/lib/auth/roles";
import type { ActionDefinition } from "@/lib/auth/run-action";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import { applyMigrations } from "@/lib/db/migrate";
import { seedProposal } from "@/test/support/seed-fcp-team";
import { actionRunner, CROSS_SITE, SAME_SITE } from "@/test/support/run-action-on-database";
import { DATABASE_KINDS, openTestDatabase } from "@/test/support/test-database";
import { decodeCursor, loadMeFeed, type MeFeedPage } from "./load-me-feed";
import { loadPrivateFeed } from "./load-private-feed";
import { privateFeedResponse } from "./private-feed-response";
import { createFeedLinkDefinition, markReadDefinition, revokeFeedLinkDefinition } from "./me-feed-actions";

const alice = makeViewer("alice", { isMember: false, isAdmin: false });
const NOW = new Date("2026-11-20T12:00:00Z");
const at = (hour: number) => new Date(`2026-11-19T${String(hour).padStart(2, "0")}:00:00Z`);

describe.each(DATABASE_KINDS)("the personal feed on the %s database", (kind) => {
  let db: DatabaseHandle;
  let aliceId: string;

  const runner = actionRunner(() => db.prisma);
  const run = <S extends ZodType, T>(
    definition: ActionDefinition<S, T>,
    input: unknown,
    viewer: Viewer = alice,
    headers: Record<string, string> = SAME_SITE,
  ) => runner.run(definition, input, viewer, headers);
  const event = (kind: string, proposalNumber: number, when: Date, data: object = {}) =>
    db.prisma.event.create({ data: { kind, proposalNumber, at: when, source: "sync", data } });
  const feed = (options: Partial<Parameters<typeof loadMeFeed>[2]> = {}) =>
    loadMeFeed(db.prisma, aliceId, { now: NOW, ...options });
  const keysOf = async (page: MeFeedPage) => {
    const ids = new Map(
      (await db.prisma.event.findMany({ select: { id: true, kind: true } })).map((e) => [`event/${e.id}`, e.kind]),
    );
    return page.entries.map((entry) => ids.get(entry.key) ?? entry.key.split("/")[0]);
  };

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await applyMigrations(db.runner);
    for (const number of [1001, 1002, 1003]) await seedProposal(db.prisma, number);
    aliceId = (await db.prisma.user.create({ data: { githubLogin: "Alice" } })).id;
    const bob = await db.prisma.user.create({ data: { githubLogin: "bob" } });
    await db.prisma.follow.createMany({
      data: [
        { userId: aliceId, proposalNumber: 1001 },
        { userId: aliceId, proposalNumber: 1002 },
        { userId: bob.id, proposalNumber: 1003 },
      ],
    });
    await event("status.changed", 1001, at(10), { from: "in-review", to: "proposed-fcp" });
    await event("fcp.started", 1001, at(10), { disposition: "merge" });
    await event("fcp.proposed", 1001, at(11), { disposition: "merge" });
    await event("concern.raised", 1002, at(15), { text: "needs tests" });
    await event("vote.cast", 1002, at(16), { position: "approve" });
    await event("status.changed", 1003, at(17), { from: "in-review", to: "proposed-fcp" });
    const round = (proposalNumber: number, endsAt: Date, cancelledAt: Date | null = null) =>
      db.prisma.fcpRound.create({
        data: {
          proposalNumber,
          disposition: "merge",
          proposedBy: "m0",
          proposedAt: at(1),
          startedAt: at(2),
          endsAt,
          cancelledAt,
          source: "sync",
        },
      });
    await round(1002, new Date("2026-11-20T14:00:00Z"));
    await round(1001, new Date("2026-11-23T14:00:00Z"));
    await round(1001, new Date("2026-11-20T13:00:00Z"), at(3));
    await round(1003, new Date("2026-11-20T13:00:00Z"));
  });
  afterAll(async () => db.close());

  it("lists only followed MSCs' changes, newest first, with an ending-soon entry dated a day before the end", async () => {
    const page = await feed();
    expect(await keysOf(page)).toEqual([
      "concern.raised",
      "ending-soon",
      "fcp.proposed",
      "fcp.started",
      "status.changed",
    ]);
    expect(page.entries.map((e) => e.proposalNumber)).toEqual([1002, 1002, 1001, 1001, 1001]);
    expect(page.entries[1]).toMatchObject({ at: new Date("2026-11-19T14:00:00Z"), isNew: true });
    expect(page.entries[1]!.headline).toBe("MSC1002: FCP to merge ends soon, at 20 Nov 2026, 14:00 UTC");
    expect(page.entries[0]!.headline).toContain("needs tests");
    expect(page.next).toBeNull();
  });

  it("shows no ending-soon entry more than a day before the end, or after it", async () => {
    expect(await keysOf(await feed({ now: new Date("2026-11-19T13:59:00Z") }))).not.toContain("ending-soon");
    expect(await keysOf(await feed({ now: new Date("2026-11-20T14:00:00Z") }))).not.toContain("ending-soon");
  });

  it("pages by keyset with every entry exactly once, ties broken by id", async () => {
    const all = (await feed()).entries.map((e) => e.key);
    const seen: string[][] = [];
    let cursor: string | null = null;
    do {
      const page: MeFeedPage = await feed({ limit: 1, cursor: decodeCursor(cursor) });
      seen.push(page.entries.map((e) => e.key));
      cursor = page.next;
    } while (cursor !== null);
    expect(seen.flat()).toEqual(all);
    expect(seen.length).toBe(4);
    expect(decodeCursor("not-a-cursor")).toBeNull();
  });

  it("marks entries New until Mark all as read, then only what came after", async () => {
    const before = await feed();
    expect(before.entries.every((e) => e.isNew)).toBe(true);
    expect(await run(markReadDefinition, { upTo: String(before.newestEventId) })).toMatchObject({ ok: true });
    expect((await feed()).entries.some((e) => e.isNew)).toBe(false);
    // An old tab marking less does not bring entries back.
    expect(await run(markReadDefinition, { upTo: "1" })).toEqual({
      ok: true,
      data: { readUpTo: String(before.newestEventId) },
    });
    await event("concern.resolved", 1002, at(9), { text: "needs tests" });
    const after = await feed();
    expect(after.entries.filter((e) => e.isNew).map((e) => e.proposalNumber)).toEqual([1002]);
    expect(after.entries.at(-1)).toMatchObject({ isNew: true, at: at(9) });
    const recorded = await db.prisma.event.findMany({ where: { kind: "me-feed.read" }, orderBy: { id: "asc" } });
    expect(recorded.map((e) => [e.actorLogin, e.source])).toEqual([
      ["alice", "web"],
      ["alice", "web"],
    ]);
  });

  it.each<[string, Viewer, Record<string, string>, unknown, number]>([
    ["anonymous", ANONYMOUS, SAME_SITE, { upTo: "5" }, 401],
    ["another site", alice, CROSS_SITE, { upTo: "5" }, 403],
    ["a malformed event id", alice, SAME_SITE, { upTo: "abc" }, 400],
    [
      "a person whose sign-in is not on record",
      makeViewer("ghost", { isMember: true, isAdmin: true }),
      SAME_SITE,
      { upTo: "5" },
      403,
    ],
  ])("refuses %s, writing nothing", async (_case, viewer, headers, input, status) => {
    const state = async () => ({
      states: await db.prisma.meFeedState.findMany({ orderBy: { userId: "asc" } }),
      events: await db.prisma.event.count(),
    });
    const before = await state();
    expect(await run(markReadDefinition, input, viewer, headers)).toMatchObject({ ok: false, status });
    if (status !== 400) {
      expect(await run(createFeedLinkDefinition, {}, viewer, headers)).toMatchObject({ ok: false, status });
      expect(await run(revokeFeedLinkDefinition, {}, viewer, headers)).toMatchObject({ ok: false, status });
    }
    expect(await state()).toEqual(before);
  });

  it("stores only the token's hash; a wrong, replaced or revoked token finds no feed", async () => {
    const created = await run(createFeedLinkDefinition, {});
    if (!created.ok) throw new Error(created.message);
    const { token } = created.data;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await db.prisma.meFeedState.findUniqueOrThrow({ where: { userId: aliceId } });
    expect(stored.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    const everything = JSON.stringify(
      [await db.prisma.meFeedState.findMany(), await db.prisma.event.findMany()],
      (_key, value) => (typeof value === "bigint" ? String(value) : value),
    );
    expect(everything).not.toContain(token);

    const viaLink = await loadPrivateFeed(db.prisma, token, NOW);
    expect(viaLink?.entries.map((e) => e.key)).toEqual((await feed()).entries.map((e) => e.key));
    expect(await loadPrivateFeed(db.prisma, `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`, NOW)).toBeNull();
    expect(await loadPrivateFeed(db.prisma, "short", NOW)).toBeNull();

    const replaced = await run(createFeedLinkDefinition, {});
    if (!replaced.ok) throw new Error(replaced.message);
    expect(replaced.data.replaced).toBe(true);
    expect(await loadPrivateFeed(db.prisma, token, NOW)).toBeNull();
    expect(await loadPrivateFeed(db.prisma, replaced.data.token, NOW)).not.toBeNull();

    expect(await run(revokeFeedLinkDefinition, {})).toEqual({ ok: true, data: { revoked: true } });
    expect(await loadPrivateFeed(db.prisma, replaced.data.token, NOW)).toBeNull();
    expect(await run(revokeFeedLinkDefinition, {})).toEqual({ ok: true, data: { revoked: false } });
    const kinds = await db.prisma.event.findMany({
      where: { kind: { startsWith: "me-feed.link" } },
      orderBy: { id: "asc" },
    });
    expect(kinds.map((e) => [e.kind, e.data])).toEqual([
      ["me-feed.link-created", { replaced: false }],
      ["me-feed.link-created", { replaced: true }],
      ["me-feed.link-revoked", { revoked: true }],
      ["me-feed.link-revoked", { revoked: false }],
    ]);
  });

  it("puts an ending-soon entry dated exactly at a page's last event on that page only", async () => {
    await event("status.changed", 1002, at(14), { from: "proposed-fcp", to: "fcp" });
    const all = (await feed()).entries.map((e) => e.key);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: MeFeedPage = await feed({ limit: 1, cursor: decodeCursor(cursor) });
      seen.push(...page.entries.map((e) => e.key));
      cursor = page.next;
    } while (cursor !== null);
    expect(seen).toEqual(all);
    expect(seen.filter((key) => key.startsWith("ending-soon/"))).toHaveLength(1);
  });

  it("serves the private Atom feed with an ETag and 304, and 404 once the link is revoked", async () => {
    const created = await run(createFeedLinkDefinition, {});
    if (!created.ok) throw new Error(created.message);
    const file = `${created.data.token}.atom`;
    const get = (headers: Record<string, string> = {}) =>
      privateFeedResponse(new Request(`https://tracker.example/feeds/me/${file}`, { headers }), db.prisma, file, NOW);
    const first = await get();
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe("private, no-cache");
    const body = await first.text();
    expect(body).toContain("MSC1002: FCP to merge ends soon");
    expect(body).not.toContain("MSC1003");
    expect(body).not.toContain(created.data.token);
    const etag = first.headers.get("etag")!;
    expect((await get({ "if-none-match": etag })).status).toBe(304);
    expect(
      (await privateFeedResponse(new Request("https://tracker.example/"), db.prisma, created.data.token, NOW)).status,
    ).toBe(404);
    await run(revokeFeedLinkDefinition, {});
    expect((await get()).status).toBe(404);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { markDataChanged } from "@/lib/cache/data-generation";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import { applyMigrations } from "@/lib/db/migrate";
import { DATABASE_KINDS, openTestDatabase } from "@/test/support/test-database";
import { getProposal } from "./get-proposal";
import { listProposals } from "./list-proposals";
import { loadSnapshotIfEmpty, readSnapshot } from "./load-snapshot";
import { STATUSES } from "./status";

const snapshot = readSnapshot();
const query = (extra: Partial<Parameters<typeof listProposals>[0]> = {}) => ({ page: 1, per_page: 50, ...extra });

describe.each(DATABASE_KINDS)("the proposals API data on the %s database", (kind) => {
  let db: DatabaseHandle;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await applyMigrations(db.runner);
    await loadSnapshotIfEmpty(db.prisma);
  });
  afterAll(async () => db.close());

  it("pages through every proposal, highest number first", async () => {
    const first = await listProposals(query(), db.prisma);
    expect(first).toMatchObject({ total: snapshot.records.length, page: 1, per_page: 50 });
    expect(first.proposals).toHaveLength(50);
    // MSC4543's label set is unknown in the snapshot (null), so it has no kind.
    expect(first.proposals[0]).toMatchObject({
      number: 4543,
      status: "in-review",
      state: "open",
      kind: null,
      labels: [],
    });
    const numbers = first.proposals.map((p) => p.number);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));

    const everything = await listProposals(query({ per_page: 1000 }), db.prisma);
    expect(everything.proposals).toHaveLength(snapshot.records.length);
    expect((await listProposals(query({ page: 99 }), db.prisma)).proposals).toEqual([]);
  });

  it("filters by derived status and by kind", async () => {
    const merged = await listProposals(query({ status: "merged", per_page: 1000 }), db.prisma);
    expect(merged.total).toBeGreaterThan(200);
    expect(merged.proposals.every((p) => p.status === "merged")).toBe(true);
    // MSC1194 is a closed issue still labelled proposed-final-comment-period.
    const closed = await listProposals(query({ status: "closed", per_page: 1000 }), db.prisma);
    expect(closed.proposals.map((p) => p.number)).toContain(1194);

    const core = await listProposals(query({ kind: "core", per_page: 1000 }), db.prisma);
    const expected = snapshot.records.filter((r) => r.labels?.includes("kind:core")).length;
    expect(core.total).toBe(expected);
    expect(core.proposals.every((p) => p.kind === "core")).toBe(true);
  });

  it("searches by number and by words of the title, ignoring case", async () => {
    expect((await listProposals(query({ q: "msc4543" }), db.prisma)).proposals.map((p) => p.number)).toEqual([4543]);
    const sliding = await listProposals(query({ q: "SLIDING sync" }), db.prisma);
    expect(sliding.proposals.map((p) => p.number)).toEqual(expect.arrayContaining([4543, 4538]));
    expect(sliding.proposals.every((p) => /sliding sync/i.test(p.title))).toBe(true);
  });

  it("filters by state, area and author", async () => {
    const totals = await Promise.all(
      (["open", "closed", "merged"] as const).map(async (state) => {
        const page = await listProposals(query({ state, per_page: 1000 }), db.prisma);
        expect(page.proposals.every((p) => p.state === state)).toBe(true);
        return page.total;
      }),
    );
    expect(totals).toEqual(
      ["open", "closed", "merged"].map((s) => snapshot.records.filter((r) => r.state === s).length),
    );

    const clientServer = await listProposals(query({ area: "client-server", per_page: 1000 }), db.prisma);
    expect(clientServer.total).toBe(snapshot.records.filter((r) => r.labels?.includes("client-server")).length);
    expect(clientServer.proposals.every((p) => p.areas.includes("client-server"))).toBe(true);

    const byTravis = await listProposals(query({ author: "TURT2LIVE", per_page: 1000 }), db.prisma);
    expect(byTravis.total).toBe(snapshot.records.filter((r) => r.author === "turt2live").length);
    const mergedByTravis = await listProposals(query({ author: "turt2live", state: "merged" }), db.prisma);
    expect(mergedByTravis.proposals.every((p) => p.author === "turt2live" && p.state === "merged")).toBe(true);
  });

  it("sorts by status, title and creation time, both ways", async () => {
    const rank = (status: string) => STATUSES.indexOf(status as (typeof STATUSES)[number]);
    const byStatus = (await listProposals(query({ sort: "status", per_page: 1000 }), db.prisma)).proposals;
    expect(byStatus.map((p) => rank(p.status))).toEqual(byStatus.map((p) => rank(p.status)).sort((a, b) => a - b));
    const byStatusDesc = await listProposals(query({ sort: "status", order: "desc" }), db.prisma);
    expect(byStatusDesc.proposals[0]?.status).toBe("closed");

    const byTitle = (await listProposals(query({ sort: "title", per_page: 5 }), db.prisma)).proposals;
    const byTitleDesc = (await listProposals(query({ sort: "title", order: "desc", per_page: 5 }), db.prisma))
      .proposals;
    expect(byTitle.map((p) => p.number)).not.toEqual(byTitleDesc.map((p) => p.number));

    // Old snapshot records have no creation time: they come last, whichever the order.
    for (const order of ["asc", "desc"] as const) {
      const created = (await listProposals(query({ sort: "created", order, per_page: 1000 }), db.prisma)).proposals;
      const times = created.map((p) => p.created_at).filter((t) => t !== null);
      expect(created.slice(0, times.length).every((p) => p.created_at !== null)).toBe(true);
      expect(times).toEqual([...times].sort((a, b) => (order === "asc" ? a.localeCompare(b) : b.localeCompare(a))));
    }
  });

  it("searches bodies in SQL, taking % and _ literally, and sees writes once the data generation moves", async () => {
    // A closed one the other tests do not look at: this test writes to it.
    const { number } = snapshot.records.find((r) => r.state === "closed" && r.number !== 1194)!;
    await db.prisma.proposal.update({
      where: { number },
      data: { body: "Unbinding is 100% reliable via m.unbind", shepherds: ["Shep"], authors: ["Alice"] },
    });
    markDataChanged();
    const search = async (q: string) => (await listProposals(query({ q }), db.prisma)).proposals.map((p) => p.number);
    expect(await search("100% RELIABLE")).toEqual([number]);
    expect(await search("1_0% reliable")).toEqual([]);
    expect(await search("m.unbind")).toEqual([number]);
    expect((await listProposals(query({ q: "m.unbind", status: "merged" }), db.prisma)).total).toBe(0);
    expect((await listProposals(query({ shepherd: "shep" }), db.prisma)).proposals.map((p) => p.number)).toEqual([
      number,
    ]);
    expect((await listProposals(query({ author: "alice" }), db.prisma)).proposals.map((p) => p.number)).toEqual([
      number,
    ]);
  });

  it("returns one proposal in the API shape, or null", async () => {
    expect(await getProposal(1194, db.prisma)).toEqual({
      number: 1194,
      title: "A way for HSes to remove bindings from ISes (aka unbind)",
      status: "closed",
      labels: ["c2s r0.5.0", "disposition-merge", "proposal", "proposal-in-review", "proposed-final-comment-period"],
      state: "closed",
      draft: false,
      author: null,
      authors: [],
      shepherd: null,
      kind: null,
      areas: ["c2s r0.5.0"],
      url: "https://github.com/matrix-org/matrix-spec-proposals/pull/1194",
      created_at: null,
      updated_at: null,
      closed_at: null,
      merged_at: null,
    });
    expect(await getProposal(99999, db.prisma)).toBeNull();
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import { applyMigrations } from "@/lib/db/migrate";
import { FCP_MSC, seedFcpHistory } from "@/test/support/seed-fcp-history";
import { DATABASE_KINDS, openTestDatabase } from "@/test/support/test-database";
import { parseAuditQuery, type AuditQuery } from "./audit-query";
import { listAuditEvents } from "./list-audit-events";

// The audit log over the seeded FCP history plus team, admin and personal events,
// several at one instant so that pages must break ties by id.

const ALL: AuditQuery = { group: null, msc: null, actor: null, before: null };
const SAME_INSTANT = new Date("2026-02-01T00:00:00Z");

describe.each(DATABASE_KINDS)("the audit log on the %s database", (kind) => {
  let db: DatabaseHandle;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await applyMigrations(db.runner);
    await seedFcpHistory(db.prisma);
    await db.prisma.event.createMany({
      data: [
        {
          kind: "team.joined",
          at: SAME_INSTANT,
          actorLogin: "Root",
          source: "web",
          data: { login: "x1", reason: "elected" },
        },
        {
          kind: "team.joined",
          at: SAME_INSTANT,
          actorLogin: "root",
          source: "web",
          data: { login: "x2", reason: "elected" },
        },
        {
          kind: "team.left",
          at: SAME_INSTANT,
          actorLogin: "root",
          source: "web",
          data: { login: "x3", reason: "left" },
        },
        {
          kind: "admin.corrected",
          proposalNumber: FCP_MSC,
          at: new Date("2026-03-01T00:00:00Z"),
          actorLogin: "root",
          source: "web",
          data: { what: "position", member: "bob", from: "none", to: "approve", reason: "ticked on GitHub" },
        },
        // Who follows what is not public: never in the log.
        {
          kind: "follow.added",
          proposalNumber: FCP_MSC,
          at: new Date("2026-04-01T00:00:00Z"),
          actorLogin: "bob",
          source: "web",
        },
      ],
    });
  });
  afterAll(async () => db.close());

  it("shows public entries newest first, saying who, what, where from and why", async () => {
    const { entries, next } = await listAuditEvents(db.prisma, ALL);
    expect(next).toBeNull();
    expect(entries.map((e) => e.kind)).toEqual([
      "admin.corrected",
      "team.left",
      "team.joined",
      "team.joined",
      "fcp.proposed",
      "fcp.cancelled",
      "fcp.cancelled",
      "fcp.proposed",
    ]);
    expect(entries[0]).toMatchObject({
      actor: "root",
      proposalNumber: FCP_MSC,
      proposalTitle: "MSC4000: Room versions that know their history",
      source: "web",
      text: "Corrected bob's position from none to approve",
      reason: "ticked on GitHub",
    });
    expect(entries[4]).toMatchObject({ source: "mscbot", text: "alice proposed FCP to merge", reason: null });
  });

  it("pages by time then id without gaps or repeats, at any page size", async () => {
    const everything = (await listAuditEvents(db.prisma, ALL)).entries.map((e) => e.id);
    for (const size of [1, 2, 3]) {
      const seen: string[] = [];
      let query = ALL;
      for (let guard = 0; guard < 20; guard++) {
        const page = await listAuditEvents(db.prisma, query, size);
        seen.push(...page.entries.map((e) => e.id));
        if (!page.next) break;
        query = { ...ALL, before: parseAuditQuery({ before: page.next }).query.before };
      }
      expect(seen, `page size ${size}`).toEqual(everything);
    }
  });

  it("filters by kind group, MSC and actor (any case), together", async () => {
    const kinds = async (query: Partial<AuditQuery>) =>
      (await listAuditEvents(db.prisma, { ...ALL, ...query })).entries.map((e) => e.kind);
    expect(await kinds({ group: "team" })).toEqual(["team.left", "team.joined", "team.joined"]);
    expect(await kinds({ group: "admin" })).toEqual(["admin.corrected"]);
    expect(await kinds({ group: "votes" })).toEqual([]);
    expect(await kinds({ msc: FCP_MSC })).toEqual([
      "admin.corrected",
      "fcp.proposed",
      "fcp.cancelled",
      "fcp.cancelled",
      "fcp.proposed",
    ]);
    expect(await kinds({ actor: "ROOT" })).toEqual(["admin.corrected", "team.left", "team.joined", "team.joined"]);
    expect(await kinds({ actor: "root", msc: FCP_MSC, group: "fcp" })).toEqual([]);
    expect(await kinds({ actor: "alice", group: "fcp" })).toEqual(["fcp.proposed", "fcp.cancelled", "fcp.proposed"]);
  });
});

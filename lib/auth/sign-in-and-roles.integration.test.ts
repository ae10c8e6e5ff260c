import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import { applyMigrations } from "@/lib/db/migrate";
import { reconcileMembers } from "@/lib/github/sync/sync-team";
import { DATABASE_KINDS, openTestDatabase } from "@/test/support/test-database";
import { loadViewer } from "./load-viewer";
import { recordSignIn } from "./record-sign-in";

const person = (login: string, githubId: bigint | null = null) => ({ login, githubId, name: null, image: null });

describe.each(DATABASE_KINDS)("sign-in and roles on the %s database", (kind) => {
  let db: DatabaseHandle;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await applyMigrations(db.runner);
    await db.prisma.$transaction((tx) => reconcileMembers(tx, ["turt2live", "richvdh"], new Date()));
  });
  afterAll(async () => db.close());

  it("stores a person once, refreshed on every sign-in", async () => {
    const first = await recordSignIn(db.prisma, person("alice", 101n), []);
    const again = await recordSignIn(db.prisma, { ...person("alice", 101n), name: "Alice" }, []);
    expect(again.id).toBe(first.id);
    expect(await db.prisma.user.findUnique({ where: { id: first.id } })).toMatchObject({
      githubLogin: "alice",
      githubId: 101n,
      name: "Alice",
      isAdmin: false,
    });
  });

  it("follows a renamed login by GitHub id, and frees a login its old holder gave up", async () => {
    const bob = await recordSignIn(db.prisma, person("bob", 201n), []);
    // bob renames himself "robert" on GitHub; his row follows his id.
    expect((await recordSignIn(db.prisma, person("robert", 201n), [])).id).toBe(bob.id);
    // carol renames to "dave" without signing in again, and someone new takes "carol".
    const carol = await recordSignIn(db.prisma, person("carol", 202n), []);
    const newCarol = await recordSignIn(db.prisma, person("Carol", 203n), []);
    expect(newCarol.id).not.toBe(carol.id);
    expect((await db.prisma.user.findUnique({ where: { id: carol.id } }))?.githubLogin).toBeNull();
    expect((await recordSignIn(db.prisma, person("dave", 202n), [])).id).toBe(carol.id);
  });

  it("grants admin from ADMIN_GITHUB_LOGINS once, with an event, and never revokes it", async () => {
    await recordSignIn(db.prisma, person("Root", 301n), ["root"]);
    await recordSignIn(db.prisma, person("Root", 301n), ["root"]);
    await recordSignIn(db.prisma, person("Root", 301n), []);
    expect((await db.prisma.user.findFirst({ where: { githubId: 301n } }))?.isAdmin).toBe(true);
    const events = await db.prisma.event.findMany({ where: { kind: "admin.granted" } });
    expect(events).toEqual([expect.objectContaining({ actorLogin: "Root", source: "system" })]);
  });

  it("reads the role fresh: contributor, member (any case), admin, former member", async () => {
    expect(await loadViewer(db.prisma, "alice")).toEqual({
      login: "alice",
      role: "contributor",
      isMember: false,
      isAdmin: false,
    });
    expect(await loadViewer(db.prisma, "Turt2Live")).toMatchObject({ role: "member", isMember: true });
    expect(await loadViewer(db.prisma, "root")).toMatchObject({ role: "admin", isAdmin: true, isMember: false });
    // A member who never signed in is still a member: the role comes from the team.
    expect(await loadViewer(db.prisma, "richvdh")).toMatchObject({ role: "member" });
    await db.prisma.$transaction((tx) => reconcileMembers(tx, ["turt2live"], new Date()));
    expect(await loadViewer(db.prisma, "richvdh")).toMatchObject({ role: "contributor", isMember: false });
  });
});

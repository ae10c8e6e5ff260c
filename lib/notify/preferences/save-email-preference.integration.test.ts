import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ANONYMOUS, makeViewer, type Viewer } from "@/lib/auth/roles";
import { CROSS_SITE_MESSAGE } from "@/lib/auth/same-origin";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import { applyMigrations } from "@/lib/db/migrate";
import { actionRunner, CROSS_SITE, SAME_SITE } from "@/test/support/run-action-on-database";
import { DATABASE_KINDS, openTestDatabase } from "@/test/support/test-database";
import { saveEmailPreferenceDefinition } from "./save-email-preference-action";

// Saving one's e-mail preference through the one wrapper on a real database: anyone
// signed in may, only for themselves, the address never reaches the public event log,
// and a refusal writes nothing.

const contributor = makeViewer("alice", { isMember: false, isAdmin: false });
const member = makeViewer("m1", { isMember: true, isAdmin: false });
const admin = makeViewer("root", { isMember: false, isAdmin: true });
const unrecorded = makeViewer("ghost", { isMember: false, isAdmin: false });
const DAILY = { enabled: "on", level: "every", cadence: "daily", digestHour: "6", address: "alice@mail.example" };

describe.each(DATABASE_KINDS)("saving e-mail preferences on the %s database", (kind) => {
  let db: DatabaseHandle;
  const dataChanged = vi.fn();

  const { run, ok } = actionRunner(() => db.prisma, dataChanged);
  const save = (input: unknown, viewer: Viewer, headers: Record<string, string> = SAME_SITE) =>
    run(saveEmailPreferenceDefinition, input, viewer, headers);
  const snapshot = async () => ({
    events: await db.prisma.event.count(),
    preferences: await db.prisma.emailPreference.findMany({ orderBy: { userId: "asc" } }),
  });
  const preferenceOf = async (login: string) =>
    (await db.prisma.user.findFirstOrThrow({ where: { githubLogin: login }, include: { emailPreference: true } }))
      .emailPreference;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await applyMigrations(db.runner);
    await db.prisma.user.createMany({
      data: [
        { githubLogin: "alice", email: "alice@github.example" },
        { githubLogin: "m1" },
        { githubLogin: "root", isAdmin: true },
      ],
    });
  });
  afterAll(async () => db.close());

  it.each<[string, Viewer, Record<string, string>, number, string]>([
    ["anonymous", ANONYMOUS, SAME_SITE, 401, "Sign in to save e-mail notification settings."],
    ["a contributor from another site", contributor, CROSS_SITE, 403, CROSS_SITE_MESSAGE],
    ["someone whose sign-in has no users row", unrecorded, SAME_SITE, 403, "Your sign-in is not on record here"],
  ])("refuses %s, writing nothing", async (_who, viewer, headers, status, message) => {
    const before = await snapshot();
    const result = await save(DAILY, viewer, headers);
    expect(result).toMatchObject({ ok: false, status });
    if (!result.ok) expect(result.message).toContain(message);
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    [{ ...DAILY, address: "nope" }, /address: that is not an e-mail address/],
    [{ ...DAILY, digestHour: "25" }, /digestHour: the digest hour is 0 to 23/],
    [{ ...DAILY, cadence: "weekly" }, /cadence: cadence must be immediate or daily/],
  ])("refuses bad input %j with 400, writing nothing", async (input, message) => {
    const before = await snapshot();
    const result = await save(input, contributor);
    expect(result).toMatchObject({ ok: false, status: 400, message: expect.stringMatching(message) });
    expect(await snapshot()).toEqual(before);
  });

  it("saves a contributor's choice, replaces it on the next save, and logs it without the address", async () => {
    dataChanged.mockClear();
    expect(await ok(save(DAILY, contributor))).toEqual({
      enabled: true,
      level: "every",
      cadence: "daily",
      digestHour: 6,
    });
    expect(await preferenceOf("alice")).toMatchObject({
      enabled: true,
      level: "every",
      cadence: "daily",
      digestHour: 6,
      address: "alice@mail.example",
    });
    // A form with the box unchecked and the address emptied: off, and back to the GitHub address.
    await ok(save({ level: "significant", cadence: "immediate", digestHour: "6" }, contributor));
    expect(await preferenceOf("alice")).toMatchObject({ enabled: false, level: "significant", address: null });
    expect(await db.prisma.emailPreference.count()).toBe(1);

    const events = await db.prisma.event.findMany({
      where: { kind: "notify.preference.saved" },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => [e.actorLogin, e.source, e.data])).toEqual([
      ["alice", "web", { enabled: true, level: "every", cadence: "daily", digestHour: 6, ownAddress: true }],
      [
        "alice",
        "web",
        { enabled: false, level: "significant", cadence: "immediate", digestHour: 6, ownAddress: false },
      ],
    ]);
    expect(JSON.stringify(events.map((e) => e.data))).not.toContain("@");
    expect(dataChanged).toHaveBeenCalledTimes(2);
  });

  it("lets members and admins save their own, touching no one else's", async () => {
    const alice = await preferenceOf("alice");
    await ok(save({ enabled: true }, member));
    await ok(save({ enabled: "on", cadence: "daily", digestHour: 0 }, admin));
    expect(await preferenceOf("m1")).toMatchObject({ enabled: true, cadence: "immediate", digestHour: 8 });
    expect(await preferenceOf("root")).toMatchObject({ enabled: true, cadence: "daily", digestHour: 0 });
    expect(await preferenceOf("alice")).toEqual(alice);
  });
});

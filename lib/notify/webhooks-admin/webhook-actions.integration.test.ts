import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { ANONYMOUS, makeViewer, type Viewer } from "@/lib/auth/roles";
import type { ActionDefinition } from "@/lib/auth/run-action";
import { CROSS_SITE_MESSAGE } from "@/lib/auth/same-origin";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import { applyMigrations } from "@/lib/db/migrate";
import { DATABASE_KINDS, openTestDatabase } from "@/test/support/test-database";
import {
  deactivateWebhookDefinition,
  deleteWebhookDefinition,
  reactivateWebhookDefinition,
} from "./change-webhook-actions";
import { registerWebhookDefinition } from "./register-webhook-action";
import { actionRunner, CROSS_SITE, SAME_SITE } from "@/test/support/run-action-on-database";

// The webhook actions of /admin/notifications through the one wrapper on a real
// database: admins only, each change logged with its reason and never the secret or
// the URL's credentials, wrong ids refused, and a refusal writes nothing.

const admin = makeViewer("root", { isMember: false, isAdmin: true });
const contributor = makeViewer("alice", { isMember: false, isAdmin: false });
const memberNotAdmin = makeViewer("m1", { isMember: true, isAdmin: false });
const REASON = "the bridge to the spec room";
const HOOK_URL = "https://bot:pw@hooks.example.org/msc?token=t0ken";

describe.each(DATABASE_KINDS)("webhook admin actions on the %s database", (kind) => {
  let db: DatabaseHandle;
  const dataChanged = vi.fn();

  const { run, ok } = actionRunner(() => db.prisma, dataChanged);
  const snapshot = async () => ({
    events: await db.prisma.event.count(),
    hooks: await db.prisma.outboundWebhook.findMany({ orderBy: { id: "asc" } }),
  });
  const seedHook = async (active = true) =>
    (
      await db.prisma.outboundWebhook.create({
        data: { url: "https://seeded.example/in", secret: "seeded-secret-0123456789", active, createdBy: "root" },
      })
    ).id;

  let existing: number;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await applyMigrations(db.runner);
    existing = await seedHook();
  });
  afterAll(async () => db.close());

  const requests = (): [string, ActionDefinition<z.ZodType, unknown>, unknown][] => [
    ["register a webhook", registerWebhookDefinition, { url: "https://a.example/hook", reason: REASON }],
    ["deactivate a webhook", deactivateWebhookDefinition, { id: existing, reason: REASON }],
    ["reactivate a webhook", reactivateWebhookDefinition, { id: existing, reason: REASON }],
    ["delete a webhook", deleteWebhookDefinition, { id: existing, reason: REASON }],
  ];

  it.each<[string, Viewer, Record<string, string>, number]>([
    ["anonymous", ANONYMOUS, SAME_SITE, 401],
    ["a contributor", contributor, SAME_SITE, 403],
    ["a member who is not an admin", memberNotAdmin, SAME_SITE, 403],
    ["an admin from another site", admin, CROSS_SITE, 403],
  ])("refuses %s every webhook action, writing nothing", async (_who, viewer, headers, status) => {
    const before = await snapshot();
    for (const [action, definition, input] of requests()) {
      const result = await run(definition, input, viewer, headers);
      expect(result, action).toMatchObject({ ok: false, status });
      if (headers === CROSS_SITE) expect(result).toMatchObject({ message: CROSS_SITE_MESSAGE });
      else if (status === 401) expect(result).toMatchObject({ message: `Sign in to ${action}.` });
      else expect(result).toMatchObject({ message: `Only admins can ${action}.` });
    }
    expect(await snapshot()).toEqual(before);
  });

  it.each<[string, ActionDefinition<z.ZodType, unknown>, unknown, number, RegExp]>([
    [
      "a file: URL",
      registerWebhookDefinition,
      { url: "file:///etc/passwd", reason: REASON },
      400,
      /http:\/\/ or https/,
    ],
    ["no reason", registerWebhookDefinition, { url: "https://a.example/" }, 400, /reason/],
    [
      "a short secret",
      registerWebhookDefinition,
      { url: "https://a.example/", secret: "abc", reason: REASON },
      400,
      /16/,
    ],
    ["a non-numeric id", deactivateWebhookDefinition, { id: "x", reason: REASON }, 400, /id:/],
    ["no such webhook", deactivateWebhookDefinition, { id: 999_999, reason: REASON }, 404, /no webhook 999999/],
    ["no such webhook", reactivateWebhookDefinition, { id: 999_999, reason: REASON }, 404, /no webhook 999999/],
    ["no such webhook", deleteWebhookDefinition, { id: 999_999, reason: REASON }, 404, /no webhook 999999/],
    ["an already active one", reactivateWebhookDefinition, { id: 0, reason: REASON }, 409, /already active/],
  ])("refuses %s (%#) with its status, writing nothing", async (_what, definition, input, status, message) => {
    const named = (input as { id?: unknown }).id === 0 ? { ...(input as object), id: existing } : input;
    const before = await snapshot();
    const result = await run(definition, named, admin);
    expect(result).toMatchObject({ ok: false, status, message: expect.stringMatching(message) });
    expect(await snapshot()).toEqual(before);
  });

  it("registers with a generated secret shown once, never logging it or the URL's credentials", async () => {
    dataChanged.mockClear();
    const made = await ok(run(registerWebhookDefinition, { url: HOOK_URL, level: "every", reason: REASON }, admin));
    expect(made).toMatchObject({ url: "https://hooks.example.org/msc", level: "every" });
    expect(made.generatedSecret).toMatch(/^[0-9a-f]{64}$/);
    const row = await db.prisma.outboundWebhook.findUniqueOrThrow({ where: { id: made.id } });
    expect(row).toMatchObject({
      url: HOOK_URL,
      secret: made.generatedSecret,
      level: "every",
      active: true,
      createdBy: "root",
    });

    const entered = await ok(
      run(
        registerWebhookDefinition,
        { url: "http://b.example/", secret: "entered-secret-0123", reason: REASON },
        admin,
      ),
    );
    expect(entered.generatedSecret).toBeNull();
    expect(await db.prisma.outboundWebhook.findUniqueOrThrow({ where: { id: entered.id } })).toMatchObject({
      secret: "entered-secret-0123",
      level: "significant",
    });
    const second = await ok(run(registerWebhookDefinition, { url: HOOK_URL, reason: REASON }, admin));
    expect(second.generatedSecret).not.toBe(made.generatedSecret);

    const events = await db.prisma.event.findMany({
      where: { kind: "notify.webhook.registered" },
      orderBy: { id: "asc" },
    });
    expect(events[0]).toMatchObject({
      actorLogin: "root",
      source: "web",
      data: { webhookId: made.id, url: "https://hooks.example.org/msc", level: "every", reason: REASON },
    });
    const logged = JSON.stringify(events.map((e) => e.data));
    for (const secret of [made.generatedSecret!, "entered-secret-0123", "t0ken", "pw@"])
      expect(logged).not.toContain(secret);
    expect(dataChanged).toHaveBeenCalledTimes(3);
  });

  it("switches a webhook off and on, refuses a repeat, deletes it, and logs each with its reason", async () => {
    const id = await seedHook();
    await ok(run(deactivateWebhookDefinition, { id: String(id), reason: "receiver down" }, admin));
    expect(await db.prisma.outboundWebhook.findUniqueOrThrow({ where: { id } })).toMatchObject({ active: false });
    const before = await snapshot();
    expect(await run(deactivateWebhookDefinition, { id, reason: "again" }, admin)).toMatchObject({
      ok: false,
      status: 409,
      message: `Webhook ${id} is already switched off.`,
    });
    expect(await snapshot()).toEqual(before);
    await ok(run(reactivateWebhookDefinition, { id, reason: "receiver back" }, admin));
    expect(await db.prisma.outboundWebhook.findUniqueOrThrow({ where: { id } })).toMatchObject({ active: true });
    await ok(run(deleteWebhookDefinition, { id, reason: "replaced" }, admin));
    expect(await db.prisma.outboundWebhook.findUnique({ where: { id } })).toBeNull();
    expect(await db.prisma.outboundWebhook.findUnique({ where: { id: existing } })).not.toBeNull();

    const events = await db.prisma.event.findMany({
      where: { kind: { in: ["notify.webhook.deactivated", "notify.webhook.reactivated", "notify.webhook.deleted"] } },
      orderBy: { id: "asc" },
    });
    const url = "https://seeded.example/in";
    expect(events.map((e) => [e.kind, e.actorLogin, e.data])).toEqual([
      ["notify.webhook.deactivated", "root", { webhookId: id, url, reason: "receiver down" }],
      ["notify.webhook.reactivated", "root", { webhookId: id, url, reason: "receiver back" }],
      ["notify.webhook.deleted", "root", { webhookId: id, url, reason: "replaced" }],
    ]);
  });
});

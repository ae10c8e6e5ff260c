import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { decodeFlash } from "./flash";
import { makeViewer, type Viewer } from "./roles";
import type { ActionDefinition, ActionDependencies, Tx } from "./run-action";
import { runActionForFormOrJson, type FormRouteOptions } from "./run-form-action";

const member = makeViewer("turt2live", { isMember: true, isAdmin: false });
const SITE = "https://tracker.example";

const concernInput = z.object({ proposalNumber: z.coerce.number().int(), text: z.string().trim().min(1) });
const raiseConcern: ActionDefinition<typeof concernInput, { concernId: number }> = {
  action: "raise a concern",
  role: "member",
  input: concernInput,
  authorize: (_viewer, input) => input.proposalNumber !== 404 || { status: 404, message: "No such MSC." },
  handler: async ({ input }) => ({
    data: { concernId: 9 },
    events: [{ kind: "concern.raised", proposalNumber: input.proposalNumber, data: { text: input.text } }],
  }),
};
const options: FormRouteOptions<{ concernId: number }, { number: string }> = {
  fromParams: ({ number }) => ({ proposalNumber: number }),
  redirectTo: ({ number }) => `/proposals/${number}#fcp`,
  successMessage: ({ concernId }) => `Concern ${concernId} raised.`,
};

function deps(viewer: Viewer, origin = SITE) {
  const written: unknown[] = [];
  const value: ActionDependencies = {
    headers: { get: (name) => ({ host: "tracker.example", origin })[name.toLowerCase() as "host"] ?? null },
    trustedOrigins: [],
    getViewer: async () => viewer,
    transaction: async (work) =>
      work({ event: { create: async ({ data }: { data: unknown }) => written.push(data) } } as unknown as Tx),
    dataChanged: vi.fn(),
    logError: vi.fn(),
  };
  return { value, written };
}

const form = (fields: Record<string, string>) =>
  new Request(`${SITE}/api/v1/proposals/4543/concerns`, { method: "POST", body: new URLSearchParams(fields) });
const json = (body: string) =>
  new Request(`${SITE}/api/v1/proposals/4543/concerns`, {
    method: "POST",
    body,
    headers: { "content-type": "application/json" },
  });

/** Follows the redirect as a browser would: the flash the page will show. */
function flashOf(response: Response) {
  const location = response.headers.get("location")!;
  const nonce = new URL(location, SITE).searchParams.get("flash") ?? undefined;
  const cookie = response.headers.get("set-cookie")!.split(";", 1)[0]!.split("=", 2)[1];
  return { location, flash: decodeFlash(cookie, nonce) };
}

describe("runActionForFormOrJson", () => {
  it("sends a form back to the page with 303 and a success message, taking the MSC from the URL", async () => {
    const { value, written } = deps(member);
    // A proposalNumber field in the form cannot redirect the action to another MSC.
    const response = await runActionForFormOrJson(
      raiseConcern,
      form({ text: "Naming", proposalNumber: "1" }),
      { number: "4543" },
      options,
      value,
    );
    expect(response.status).toBe(303);
    expect(flashOf(response)).toEqual({
      location: expect.stringMatching(/^\/proposals\/4543\?flash=[\w-]+#fcp$/),
      flash: { ok: true, message: "Concern 9 raised.", area: "fcp" },
    });
    expect(written).toEqual([expect.objectContaining({ kind: "concern.raised", proposalNumber: 4543 })]);
  });

  it("sends a refusal back as an error message, writing nothing", async () => {
    const contributor = deps(makeViewer("alice", { isMember: false, isAdmin: false }));
    const refused = await runActionForFormOrJson(
      raiseConcern,
      form({ text: "x" }),
      { number: "4543" },
      options,
      contributor.value,
    );
    expect(flashOf(refused).flash).toEqual({
      ok: false,
      message: "Only Spec Core Team members can raise a concern.",
      area: "fcp",
    });
    expect(contributor.written).toEqual([]);

    const empty = await runActionForFormOrJson(
      raiseConcern,
      form({ text: "" }),
      { number: "4543" },
      options,
      deps(member).value,
    );
    expect(flashOf(empty).flash).toMatchObject({ ok: false, message: expect.stringMatching(/^Invalid request: text/) });

    const crossSite = deps(member, "https://evil.example");
    const forged = await runActionForFormOrJson(
      raiseConcern,
      form({ text: "x" }),
      { number: "4543" },
      options,
      crossSite.value,
    );
    expect(flashOf(forged).flash).toMatchObject({ ok: false, message: expect.stringMatching(/another site/) });
    expect(crossSite.written).toEqual([]);
  });

  it("answers JSON with the result and its status", async () => {
    const ok = await runActionForFormOrJson(
      raiseConcern,
      json('{"text":"Naming"}'),
      { number: "4543" },
      options,
      deps(member).value,
    );
    expect([ok.status, await ok.json()]).toEqual([200, { ok: true, data: { concernId: 9 } }]);
    const missing = await runActionForFormOrJson(
      raiseConcern,
      json('{"text":"x"}'),
      { number: "404" },
      options,
      deps(member).value,
    );
    expect([missing.status, await missing.json()]).toEqual([404, { ok: false, status: 404, message: "No such MSC." }]);
    for (const body of ["{not json", "[1]", "null"]) {
      const bad = await runActionForFormOrJson(
        raiseConcern,
        json(body),
        { number: "4543" },
        options,
        deps(member).value,
      );
      expect(bad.status, body).toBe(400);
    }
  });

  it("never redirects off the site, whatever path it is given", async () => {
    for (const path of ["//evil.example/x", "https://evil.example/", "/\\evil.example"]) {
      const response = await runActionForFormOrJson(
        raiseConcern,
        form({ text: "x" }),
        { number: "4543" },
        { ...options, redirectTo: () => path },
        deps(member).value,
      );
      expect(response.headers.get("location"), path).toMatch(/^\/\?flash=/);
    }
  });
});

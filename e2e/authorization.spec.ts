import { expect, test, type APIRequestContext } from "@playwright/test";
import { CROSS_SITE_MESSAGE } from "@/lib/auth/same-origin";
import { ensureNoOpenFcp, prepareTarget, readProposal, signedInContext, type SignedIn } from "./support/fcp-requests";
import { MUTATING_ROUTES, PEOPLE, type MutatingRoute, type RouteTarget } from "./support/mutating-routes";
import {
  deleteDiscardPortWebhooks,
  prepareRoute,
  removeSavedSearch,
  setAdminCandidate,
  setFollowing,
  setTeamCandidate,
} from "./support/route-preconditions";
import {
  expectFormReturn,
  expectJsonRefusal,
  expectShown,
  readObservation,
  send,
  type Refusal,
  type Send,
} from "./support/route-requests";
import { ensureSctTeam, showsAsMember } from "./support/sct-team";

// Every mutating route (support/mutating-routes.ts), against the real server, by every
// kind of caller: each signed in through the fake GitHub's OAuth in its own browser
// context, sending the request as JSON and as an HTML form would, plus the same requests
// from another site. A refusal must say why and change nothing the row's observation
// shows. MSC4448 is the MSC acted on and MSC4460 the "other" MSC; both are in review in
// the bundled snapshot and no other spec touches them. Everything changed here (team,
// admins, follows, rounds, saved searches) is undone in afterAll, so other specs see
// what they expect.

const MSC = 4448;
const OTHER_MSC = 4460;
const EVIL_ORIGIN = "https://evil.example";

type Caller = "anonymous" | "contributor" | "member" | "admin";
const LOGINS: Record<Caller, string | null> = {
  anonymous: null,
  contributor: "authz-contributor",
  member: PEOPLE.member,
  // ADMIN_GITHUB_LOGINS (playwright.config.ts), and not on the Spec Core Team.
  admin: "e2e-admin",
};
const CALLERS = Object.keys(LOGINS) as Caller[];
const WHO = { contributor: "signed-in contributors", member: "Spec Core Team members", admin: "admins" } as const;

type Expected = { allowed: true } | ({ allowed: false } & Refusal & { message: string });

/** What each caller must get, from the row's role alone (lib/auth/roles.ts says the same in code). */
function expectedFor(row: MutatingRoute, caller: Caller): Expected {
  if (caller === "anonymous") return { allowed: false, status: 401, message: `Sign in to ${row.action}.` };
  const allowed =
    row.role === "contributor" ||
    (row.role === "member" && caller === "member") ||
    (row.role === "admin" && caller === "admin");
  return allowed ? { allowed } : { allowed, status: 403, message: `Only ${WHO[row.role]} can ${row.action}.` };
}

/** The caller whose requests succeed: cross-site and other-MSC requests are sent with their cookies. */
const allowedCaller = (row: MutatingRoute): Caller => row.role;

test.describe.configure({ mode: "serial" });

test.describe("every mutating route, by every caller", () => {
  const callers = {} as Record<Caller, SignedIn>;
  const prepare = (row: MutatingRoute, caller: Caller, number = MSC): Promise<RouteTarget> =>
    prepareRoute(row.needs, number, {
      member: callers.member.request,
      admin: callers.admin.request,
      caller: caller === "anonymous" ? null : callers[caller].request,
    });
  /** The row's observation of `target`, read as whom it says ("caller": the one who sent the request). */
  const observe = (row: MutatingRoute, target: RouteTarget, caller: Caller): Promise<unknown> => {
    const observation = row.observe(target);
    // An anonymous caller owns nothing personal to observe: its own JSON reads answer 401.
    if (observation.as === "caller" && caller === "anonymous" && observation.part === undefined) {
      return Promise.resolve(null);
    }
    return readObservation(observation, callers[observation.as === "caller" ? caller : observation.as]);
  };

  let undoTeam = async () => {};

  test.beforeAll(async ({ browser }) => {
    for (const caller of CALLERS) callers[caller] = await signedInContext(browser, LOGINS[caller]);
    // Granting admin needs someone who has signed in once.
    await (await signedInContext(browser, PEOPLE.newAdmin)).context.close();
    undoTeam = await ensureSctTeam(callers.member.request, await showsAsMember(callers.member.page));
    expect(await showsAsMember(callers.member.page)).toBe(true);
  });
  test.afterAll(async () => {
    for (const number of [MSC, OTHER_MSC]) await ensureNoOpenFcp(callers.member.request, number);
    for (const caller of CALLERS.filter((c) => c !== "anonymous")) {
      await setFollowing(callers[caller].request, MSC, false);
      await removeSavedSearch(callers[caller].request);
    }
    await setTeamCandidate(callers.admin.request, false);
    await setAdminCandidate(callers.admin.request, false);
    await deleteDiscardPortWebhooks(callers.admin);
    await undoTeam();
    for (const { context } of Object.values(callers)) await context.close();
  });

  for (const row of MUTATING_ROUTES) {
    const name = `${row.method} ${row.route}`;

    for (const caller of CALLERS) {
      const expected = expectedFor(row, caller);
      test(`${name}: ${expected.allowed ? "allowed" : "refused"} for ${caller}, as JSON and as a form`, async () => {
        for (const format of ["json", "form"] as const) {
          const target = await prepare(row, caller);
          const before = await observe(row, target, caller);
          const request: Send = { as: callers[caller], format, url: row.url(target), body: row.body(target) };
          const response = await send(request);
          if (format === "json") {
            if (expected.allowed) {
              expect(response.status(), `${request.url} as JSON`).toBe(200);
              expect(await response.json()).toMatchObject({ ok: true });
            } else {
              await expectJsonRefusal(request, response, expected);
            }
          } else {
            const outcome = expected.allowed ? { ok: true as const } : { ok: false as const, ...expected };
            const { location, flash } = await expectFormReturn(request, response, row.returnsTo(target), outcome);
            // Every caller reads the outcome on the page the form returns to, refused or not.
            await expectShown(callers[caller], location, flash);
          }
          const after = await observe(row, target, caller);
          if (expected.allowed) expect(after, `${format}: the change shows`).not.toEqual(before);
          else expect(after, `${format}: nothing changed`).toEqual(before);
        }
      });
    }

    test(`${name}: refused from another site, even with an allowed caller's cookies`, async () => {
      const caller = allowedCaller(row);
      for (const format of ["json", "form"] as const) {
        const target = await prepare(row, caller);
        const before = await observe(row, target, caller);
        const request: Send = {
          as: callers[caller],
          format,
          url: row.url(target),
          body: row.body(target),
          origin: EVIL_ORIGIN,
        };
        const response = await send(request);
        if (format === "json") await expectJsonRefusal(request, response, { status: 403, message: CROSS_SITE_MESSAGE });
        else {
          const outcome = { ok: false as const, message: CROSS_SITE_MESSAGE };
          const { location, flash } = await expectFormReturn(request, response, row.returnsTo(target), outcome);
          await expectShown(callers[caller], location, flash);
        }
        expect(await observe(row, target, caller), `${format}: nothing changed`).toEqual(before);
      }
    });

    const otherMsc = row.otherMsc;
    if (otherMsc) {
      test(`${name}: refused for an allowed caller naming another MSC's round or concern`, async () => {
        const caller = allowedCaller(row);
        for (const format of ["json", "form"] as const) {
          const target = await prepare(row, caller);
          const other = await prepareTarget(callers.member.request, OTHER_MSC, "open-concern");
          // This MSC's URL, the other MSC's round and concern.
          const crossed = { ...other, number: target.number };
          const [before, otherBefore] = [await observe(row, target, caller), await observe(row, other, caller)];
          const request: Send = { as: callers[caller], format, url: row.url(crossed), body: row.body(crossed) };
          const response = await send(request);
          const refusal = { status: otherMsc.status, message: otherMsc.message(crossed) };
          if (format === "json") await expectJsonRefusal(request, response, refusal);
          else {
            const outcome = { ok: false as const, message: refusal.message };
            const { location, flash } = await expectFormReturn(request, response, row.returnsTo(crossed), outcome);
            await expectShown(callers[caller], location, flash);
          }
          expect(await observe(row, target, caller), `${format}: this MSC unchanged`).toEqual(before);
          expect(await observe(row, other, caller), `${format}: the other MSC unchanged`).toEqual(otherBefore);
        }
      });
    }
  }

  test("a malformed request is refused with a message and changes nothing", async () => {
    const member = callers.member;
    const target = await prepareTarget(member.request, MSC, "open-fcp");
    const before = await readProposal(member.request, MSC);
    const position = `/api/v1/proposals/${MSC}/fcp/${target.roundId}/position`;
    const cases: [Parameters<APIRequestContext["post"]>[1], number, RegExp][] = [
      [{ data: { position: "maybe" } }, 400, /^Invalid request: position: /],
      [{ data: Buffer.from("{not json"), headers: { "content-type": "application/json" } }, 400, /must be JSON/],
      [{ data: [1, 2] }, 400, /must be a JSON object/],
    ];
    for (const [options, status, message] of cases) {
      const response = await member.request.post(position, options);
      expect(response.status()).toBe(status);
      expect((await response.json()).message).toMatch(message);
    }
    // The same mistake in a form comes back to the page as a message.
    const form: Send = { as: member, format: "form", url: position, body: { position: "maybe" } };
    const outcome = { ok: false as const, message: /^Invalid request: position: / };
    const { location, flash } = await expectFormReturn(form, await send(form), `/proposals/${MSC}#fcp`, outcome);
    await expectShown(member, location, flash);
    expect(await readProposal(member.request, MSC)).toEqual(before);
  });
});

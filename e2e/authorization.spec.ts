import { expect, test, type APIRequestContext } from "@playwright/test";
import { CROSS_SITE_MESSAGE } from "@/lib/auth/same-origin";
import { ProposalPage } from "./pages/proposal-page";
import { ensureNoOpenFcp, prepareTarget, readProposal, signedInContext, type SignedIn } from "./support/fcp-requests";
import { MUTATING_ROUTES, type MutatingRoute, type RouteTarget } from "./support/mutating-routes";
import { ensureSctTeam, showsAsMember } from "./support/sct-team";

// Every mutating route (support/mutating-routes.ts), against the real server, by every
// kind of caller: each signed in through the fake GitHub's OAuth in its own browser
// context, sending the request as JSON and as an HTML form would, plus the same requests
// from another site. A refusal must say why and change nothing the public API shows.
// MSC4448 is the MSC acted on and MSC4460 the "other" MSC; both are in review in the
// bundled snapshot and no other spec touches them.

const MSC = 4448;
const OTHER_MSC = 4460;
const EVIL_ORIGIN = "https://evil.example";

type Caller = "anonymous" | "contributor" | "member" | "admin";
const LOGINS: Record<Caller, string | null> = {
  anonymous: null,
  contributor: "authz-contributor",
  member: "uhoreg",
  // ADMIN_GITHUB_LOGINS (playwright.config.ts), and not on the Spec Core Team.
  admin: "e2e-admin",
};
const WHO = { contributor: "signed-in contributors", member: "Spec Core Team members", admin: "admins" } as const;

type Expected = { allowed: true } | { allowed: false; status: number; message: string };

/** What each caller must get, from the row's role alone (lib/auth/roles.ts says the same in code). */
function expectedFor(row: MutatingRoute, caller: Caller): Expected {
  if (caller === "anonymous") return { allowed: false, status: 401, message: `Sign in to ${row.action}.` };
  const allowed =
    row.role === "contributor" ||
    (row.role === "member" && caller === "member") ||
    (row.role === "admin" && caller === "admin");
  return allowed ? { allowed } : { allowed, status: 403, message: `Only ${WHO[row.role]} can ${row.action}.` };
}

/** The caller whose requests succeed: cross-site requests are sent with their cookies. */
const allowedCaller = (row: MutatingRoute): Caller => (row.role === "admin" ? "admin" : "member");

type Send = { as: SignedIn; format: "json" | "form"; url: string; body: Record<string, string>; origin?: string };

async function send({ as, format, url, body, origin }: Send) {
  const headers = origin ? { origin } : undefined;
  return format === "json"
    ? as.request.post(url, { data: body, headers, maxRedirects: 0 })
    : as.request.post(url, { form: body, headers, maxRedirects: 0 });
}

/** A refusal as the caller sees it: the JSON answer, or the message on the page the form returns to. */
async function expectRefused(
  request: Send,
  response: Awaited<ReturnType<typeof send>>,
  status: number,
  message: string | RegExp,
) {
  if (request.format === "json") {
    expect(response.status(), `${request.url} as JSON`).toBe(status);
    const text = typeof message === "string" ? message : expect.stringMatching(message);
    expect(await response.json()).toEqual({ ok: false, status, message: text });
    return;
  }
  expect(response.status(), `${request.url} as a form`).toBe(303);
  await request.as.page.goto(response.headers().location!);
  await expect(new ProposalPage(request.as.page).flashError).toHaveText(message);
}

test.describe.configure({ mode: "serial" });

test.describe("every mutating route, by every caller", () => {
  const callers = {} as Record<Caller, SignedIn>;
  /** A row's public GET, read as the member: signed in, so never a cached copy. */
  const observe = async (url: string): Promise<unknown> => {
    const response = await callers.member.request.get(url);
    expect(response.status(), `GET ${url}`).toBe(200);
    return response.json();
  };
  const prepare = (row: MutatingRoute, number: number): Promise<RouteTarget> =>
    prepareTarget(callers.member.request, number, row.needs);

  let undoTeam = async () => {};

  test.beforeAll(async ({ browser }) => {
    for (const caller of Object.keys(LOGINS) as Caller[]) {
      callers[caller] = await signedInContext(browser, LOGINS[caller]);
    }
    undoTeam = await ensureSctTeam(callers.member.request, await showsAsMember(callers.member.page));
    expect(await showsAsMember(callers.member.page)).toBe(true);
  });
  test.afterAll(async () => {
    for (const number of [MSC, OTHER_MSC]) await ensureNoOpenFcp(callers.member.request, number);
    await undoTeam();
    for (const { context } of Object.values(callers)) await context.close();
  });

  for (const row of MUTATING_ROUTES) {
    const name = `${row.method} ${row.route}`;

    for (const caller of Object.keys(LOGINS) as Caller[]) {
      const expected = expectedFor(row, caller);
      test(`${name}: ${expected.allowed ? "allowed" : "refused"} for ${caller}, as JSON and as a form`, async () => {
        for (const format of ["json", "form"] as const) {
          const target = await prepare(row, MSC);
          const before = await observe(row.observe(target));
          const request: Send = { as: callers[caller], format, url: row.url(target), body: row.body };
          const response = await send(request);
          if (!expected.allowed) {
            await expectRefused(request, response, expected.status, expected.message);
            expect(await observe(row.observe(target)), `${format}: nothing changed`).toEqual(before);
            continue;
          }
          if (format === "json") {
            expect(response.status()).toBe(200);
            expect(await response.json()).toMatchObject({ ok: true });
          } else {
            expect(response.status()).toBe(303);
            expect(response.headers().location).toMatch(new RegExp(`^${row.returnsTo(target)}\\?flash=[\\w-]+#fcp$`));
            await callers[caller].page.goto(response.headers().location!);
            await expect(new ProposalPage(callers[caller].page).flashSuccess).toBeVisible();
          }
          expect(await observe(row.observe(target)), `${format}: the change shows`).not.toEqual(before);
        }
      });
    }

    test(`${name}: refused from another site, even with an allowed caller's cookies`, async () => {
      for (const format of ["json", "form"] as const) {
        const target = await prepare(row, MSC);
        const before = await observe(row.observe(target));
        const request: Send = {
          as: callers[allowedCaller(row)],
          format,
          url: row.url(target),
          body: row.body,
          origin: EVIL_ORIGIN,
        };
        await expectRefused(request, await send(request), 403, CROSS_SITE_MESSAGE);
        expect(await observe(row.observe(target))).toEqual(before);
      }
    });

    const otherMsc = row.otherMsc;
    if (otherMsc) {
      test(`${name}: refused for a member naming another MSC's round or concern`, async () => {
        for (const format of ["json", "form"] as const) {
          const target = await prepare(row, MSC);
          const other = await prepareTarget(callers.member.request, OTHER_MSC, "open-concern");
          // This MSC's URL, the other MSC's round and concern.
          const crossed = { ...other, number: target.number };
          const [before, otherBefore] = [await observe(row.observe(target)), await observe(row.observe(other))];
          const request: Send = { as: callers.member, format, url: row.url(crossed), body: row.body };
          await expectRefused(request, await send(request), otherMsc.status, otherMsc.message(crossed));
          expect(await observe(row.observe(target))).toEqual(before);
          expect(await observe(row.observe(other))).toEqual(otherBefore);
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
    await expectRefused(form, await send(form), 400, /^Invalid request: position: /);
    expect(await readProposal(member.request, MSC)).toEqual(before);
  });
});

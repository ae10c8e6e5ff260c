import { expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";
import type { FcpRoundDto } from "@/lib/fcp/fcp-dto";
import type { ProposalDetailDto } from "@/lib/proposals/proposal-detail-dto";
import { SessionControls } from "../pages/session-controls";
import type { RouteTarget } from "./mutating-routes";

// Putting an MSC's FCP into a known state through the public JSON API, as a signed-in
// member's browser context (its cookies ride along). No Origin header: a program, not a
// page, which the same-site check admits. Reads go through the same signed-in context,
// which the response cache never answers, so they see every write at once.

export type SignedIn = { context: BrowserContext; page: Page; request: APIRequestContext };

/** A browser context signed in through the fake GitHub's OAuth pages, or anonymous for null. */
export async function signedInContext(browser: Browser, login: string | null): Promise<SignedIn> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/");
  if (login !== null) {
    const session = new SessionControls(page);
    await session.signInWithGitHub(login);
    await expect(session.header.getByText(`Signed in as ${login}`)).toBeVisible();
  }
  return { context, page, request: context.request };
}

export async function readProposal(request: APIRequestContext, number: number): Promise<ProposalDetailDto> {
  const response = await request.get(`/api/v1/proposals/${number}`);
  expect(response.status(), `GET /api/v1/proposals/${number}`).toBe(200);
  return (await response.json()) as ProposalDetailDto;
}

const openRoundOf = (detail: ProposalDetailDto): FcpRoundDto | null =>
  detail.fcp && (detail.fcp.phase === "proposed" || detail.fcp.phase === "active") ? detail.fcp : null;

async function post<T>(request: APIRequestContext, path: string, body: object): Promise<T> {
  const response = await request.post(path, { data: body });
  const result = await response.json();
  expect(result.ok, `POST ${path}: ${JSON.stringify(result)}`).toBe(true);
  return result.data as T;
}

/** The open round, proposed now if there is none. */
export async function ensureOpenFcp(request: APIRequestContext, number: number): Promise<FcpRoundDto> {
  const open = openRoundOf(await readProposal(request, number));
  if (open) return open;
  await post(request, `/api/v1/proposals/${number}/fcp`, { disposition: "postpone" });
  return openRoundOf(await readProposal(request, number))!;
}

/** An open round with no open concern: concerns outlive rounds, so old ones are resolved. */
export async function ensureCleanOpenFcp(request: APIRequestContext, number: number): Promise<FcpRoundDto> {
  const round = await ensureOpenFcp(request, number);
  for (const concern of round.concerns.filter((c) => !c.resolved)) {
    await post(request, `/api/v1/proposals/${number}/concerns/${concern.id}/resolve`, {});
  }
  return round;
}

/** No open round, and no open concern left behind to block the next one. */
export async function ensureNoOpenFcp(request: APIRequestContext, number: number): Promise<void> {
  const round = await ensureCleanOpenFcp(request, number);
  await post(request, `/api/v1/proposals/${number}/fcp/${round.id}/cancel`, { reason: "Reset by an e2e test" });
}

/** What a route row needs in place (mutating-routes.ts: Precondition), as ids to put in its URL. */
export async function prepareTarget(
  request: APIRequestContext,
  number: number,
  needs: "no-open-fcp" | "open-fcp" | "open-concern",
): Promise<RouteTarget> {
  if (needs === "no-open-fcp") {
    await ensureNoOpenFcp(request, number);
    return { number, roundId: 0, concernId: 0 };
  }
  const round = await ensureCleanOpenFcp(request, number);
  if (needs === "open-fcp") return { number, roundId: round.id, concernId: 0 };
  const { concernId } = await post<{ concernId: number }>(request, `/api/v1/proposals/${number}/concerns`, {
    text: `Prepared concern ${Date.now()}`,
  });
  return { number, roundId: round.id, concernId };
}

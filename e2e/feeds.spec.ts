import { expect, test, type APIRequestContext } from "@playwright/test";
import { mscbotStatusComment } from "@/test/support/mscbot-status-comment";
import { deliverComment, deliverIssue } from "./support/github-webhooks";

// The feeds as a feed reader or calendar app fetches them. The server starts from the
// snapshot, which records no status moves or FCPs: the first test delivers the webhooks
// GitHub would send when MSC4405 (in review in the snapshot) is proposed for FCP and
// the FCP starts. Other specs do not use MSC4405.
const MSC = 4405;
const TITLE = "MSC4405: Deprecate the emoji method for SAS verification";
const STATUS_COMMENT_ID = 940_500_001;
const ATOM = "application/atom+xml; charset=utf-8";

async function getAtom(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"]).toBe(ATOM);
  const body = await response.text();
  expect(body).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
  expect(body.trimEnd().endsWith("</feed>")).toBe(true);
  return body;
}

/** iCalendar content lines, unfolded (RFC 5545 3.1). */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "").split("\r\n");

test.describe.serial("feeds", () => {
  test("answer with valid, empty-or-not feeds before anything happened", async ({ request }) => {
    await getAtom(request, "/feeds/status.atom");
    await getAtom(request, "/feeds/fcp.atom");
    await getAtom(request, `/feeds/proposals/${MSC}.atom`);
    const ics = await request.get("/feeds/fcp.ics");
    expect(ics.status()).toBe(200);
    expect(ics.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(await ics.text()).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n[\s\S]*END:VCALENDAR\r\n$/);
  });

  test("carry a status move and an FCP delivered by GitHub webhooks", async ({ request, baseURL }) => {
    const labels = ["proposal", "kind:maintenance", "proposed-final-comment-period"];
    await deliverIssue(request, { number: MSC, title: TITLE, body: "Rendered: somewhere", labels });
    const reviewers = ["turt2live", "richvdh", "uhoreg"].map((login) => ({ login, approved: true }));
    await deliverComment(request, {
      number: MSC,
      id: STATUS_COMMENT_ID,
      author: "mscbot",
      body: mscbotStatusComment({ proposer: "turt2live", disposition: "merge", reviewers }),
    });
    const review = `https://github.com/matrix-org/matrix-spec-proposals/pull/${MSC}#issuecomment-${STATUS_COMMENT_ID}`;
    await deliverComment(request, {
      number: MSC,
      id: STATUS_COMMENT_ID + 1,
      author: "mscbot",
      body: `:bell: This is now entering its final comment period, as per [the review](${review}) above. :bell:`,
    });

    const page = `${baseURL}/proposals/${MSC}`;
    const status = await getAtom(request, "/feeds/status.atom");
    expect(status).toContain(`<![CDATA[MSC${MSC} moved from In review to Proposed FCP]]>`);
    expect(status).toContain(`<link href="${page}"/>`);

    const fcp = await getAtom(request, "/feeds/fcp.atom");
    expect(fcp).toContain(`<![CDATA[MSC${MSC}: FCP proposed to merge]]>`);
    expect(fcp).toMatch(new RegExp(`<!\\[CDATA\\[MSC${MSC}: FCP started to merge, ends [^\\]]+ UTC\\]\\]>`));

    const own = await getAtom(request, `/feeds/proposals/${MSC}.atom`);
    expect(own).toContain("<title>MSC4405: Deprecate the emoji method for SAS verification</title>");
    expect(own).toContain(`<![CDATA[MSC${MSC} moved from In review to Proposed FCP]]>`);
    expect(own).toContain(`<![CDATA[MSC${MSC}: FCP proposed to merge]]>`);
    expect(own).toContain(`<![CDATA[MSC${MSC}: FCP started to merge, ends `);

    const ics = await request.get("/feeds/fcp.ics");
    const lines = unfold(await ics.text());
    expect(lines).toContain("BEGIN:VEVENT");
    expect(lines).toContain("SUMMARY:FCP ends: MSC4405 Deprecate the emoji method for SAS verification (merge)");
    expect(lines).toContain(`URL:${page}`);
    expect(lines.some((line) => /^UID:fcp-round-\d+@/.test(line))).toBe(true);
    expect(lines.some((line) => /^DTSTART:\d{8}T\d{6}Z$/.test(line))).toBe(true);
  });

  test("answer a reader that already has the feed with 304 Not Modified", async ({ request }) => {
    for (const path of ["/feeds/status.atom", "/feeds/fcp.ics"]) {
      const first = await request.get(path);
      const etag = first.headers()["etag"];
      expect(etag, path).toMatch(/^"[\w-]+"$/);
      const again = await request.get(path, { headers: { "if-none-match": etag! } });
      expect(again.status(), path).toBe(304);
    }
  });

  test("answer 404 for an unknown MSC or a name that is no feed", async ({ request }) => {
    for (const path of ["/feeds/proposals/99999.atom", "/feeds/proposals/abc.atom", "/feeds/proposals/4405.rss"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
    }
    const unknown = await request.get("/feeds/proposals/99999.atom");
    expect(await unknown.text()).toBe("MSC99999 is not known to the tracker.\n");
  });
});

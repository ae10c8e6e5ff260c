import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { FcpPage } from "./pages/fcp-page";
import { HomePage } from "./pages/home-page";
import { LABELS_ONLY, proposeVotedFcp, putInFcpByLabelsOnly, VOTED } from "./support/fcp-fixtures";

// The e2e server starts from the snapshot, which has no FCP rounds and no team: the
// rounds here come from an mscbot status comment delivered by webhook, as on GitHub.
test.beforeAll(async ({ request }) => {
  await proposeVotedFcp(request);
  await putInFcpByLabelsOnly(request);
});

test.describe("/fcp", () => {
  test("a proposed FCP shows its progress, its open concern and who has not voted", async ({ page }) => {
    const fcp = new FcpPage(page);
    expect((await fcp.goto())?.status()).toBe(200);
    await expect(fcp.heading).toBeVisible();

    const { proposed } = fcp.fcp;
    await expect(fcp.fcp.row(proposed, VOTED.number)).toHaveCount(1);
    await expect(await fcp.fcp.cell(proposed, VOTED.number, "Title")).toHaveText(VOTED.title);
    await expect(await fcp.fcp.cell(proposed, VOTED.number, "Disposition")).toHaveText("merge");
    // Ten on the roster, no team synced yet: the roster counts, and 75 % of 10 is 8.
    const progress = await fcp.fcp.cell(proposed, VOTED.number, "Progress");
    await expect(progress).toContainText("7 of 8 approvals, 1 open concern");
    await expect(progress.getByRole("list", { name: "Open concerns" })).toHaveText(VOTED.concern);
    await expect(await fcp.fcp.cell(proposed, VOTED.number, "Not yet voted")).toHaveText(VOTED.notVoted.join(", "));
  });

  test("each member who has not voted sees the FCP awaiting them, and the unknown team is said", async ({ page }) => {
    const fcp = new FcpPage(page);
    await fcp.goto();
    await expect(fcp.awaiting).toContainText("The current Spec Core Team is not known yet");
    for (const login of VOTED.notVoted) {
      await expect(fcp.member(login).getByRole("link", { name: `MSC${VOTED.number}` })).toHaveAttribute(
        "href",
        `/proposals/${VOTED.number}`,
      );
    }
    // Members who approved owe nothing: without a known team they get no section.
    await expect(fcp.member("richvdh")).toHaveCount(0);
  });

  test("an FCP known only from its labels is listed as running, marked as having no vote record", async ({ page }) => {
    const fcp = new FcpPage(page);
    await fcp.goto();
    await expect(await fcp.fcp.cell(fcp.fcp.active, LABELS_ONLY.number, "Ends")).toHaveText("No vote record");
    await expect(await fcp.fcp.cell(fcp.fcp.active, LABELS_ONLY.number, "Open concerns")).toHaveText("not known");
  });

  test("links the FCP calendar and feed", async ({ page }) => {
    const fcp = new FcpPage(page);
    await fcp.goto();
    await expect(fcp.calendarLink).toHaveAttribute("href", "/feeds/fcp.ics");
    await expect(fcp.feedLink).toHaveAttribute("href", "/feeds/fcp.atom");
  });

  test("the keyboard reaches an FCP's MSC link and follows it", async ({ page }) => {
    const fcp = new FcpPage(page);
    await fcp.goto();
    const link = fcp.fcp.row(fcp.fcp.proposed, VOTED.number).getByRole("link", { name: `MSC${VOTED.number}` });
    await link.focus();
    await expect(link).toBeFocused();
    await link.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/proposals/${VOTED.number}$`));
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`has no accessibility violations axe can find, with FCPs listed (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const fcp = new FcpPage(page);
      await fcp.goto();
      await expect(fcp.fcp.row(fcp.fcp.proposed, VOTED.number)).toBeVisible();

      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((n) => n.target) }))).toEqual([]);
    });
  }
});

test.describe("the home page's FCP section", () => {
  test("shows the proposed FCP with its progress and who has not voted, and links to the MSC", async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    const { proposed } = home.fcp;
    await expect(await home.fcp.cell(proposed, VOTED.number, "Progress")).toContainText(
      "7 of 8 approvals, 1 open concern",
    );
    await expect(await home.fcp.cell(proposed, VOTED.number, "Not yet voted")).toHaveText(VOTED.notVoted.join(", "));
    await expect(home.fcp.row(proposed, VOTED.number).getByRole("link")).toHaveAttribute(
      "href",
      `/proposals/${VOTED.number}`,
    );
    await expect(await home.fcp.cell(home.fcp.active, LABELS_ONLY.number, "Ends")).toHaveText("No vote record");
  });

  test("lists the FCP proposal among the recent changes", async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    await expect(home.recentChange(VOTED.number)).toContainText(/FCP to merge proposed|moved from In review/);
    await expect(home.recentChange(VOTED.number).getByRole("time")).toHaveAttribute("datetime", /^\d{4}-/);
  });
});

test("neither page scrolls sideways on a 390 px wide screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ["/", "/fcp"]) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, path).toBeLessThanOrEqual(390);
  }
});

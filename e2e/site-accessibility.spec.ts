import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

// Every public page, in both colour schemes, with the checks axe can make, plus the
// keyboard path every page shares (skip link, header navigation). Page-specific
// keyboard flows live in each page's own spec.

const PAGES = [
  { path: "/", heading: "Matrix spec change proposals" },
  { path: "/proposals", heading: "Proposals" },
  { path: "/proposals?status=merged&sort=updated&order=desc", heading: "Proposals" },
  { path: "/proposals/4543", heading: /MSC4543/ },
  { path: "/fcp", heading: /final comment period/i },
  { path: "/stats", heading: /statistics/i },
  { path: "/audit", heading: "Audit log" },
  { path: "/audit?kind=team", heading: "Audit log" },
  // Anonymous readers get the sign-in prompt; the signed-in views are checked in admin-and-me.spec.ts.
  { path: "/me", heading: "My FCPs, concerns and follows" },
  { path: "/admin", heading: "Admin" },
  { path: "/me/feed", heading: "My feed" },
  { path: "/me/notifications", heading: "My notifications" },
  { path: "/admin/notifications", heading: "Webhooks and deliveries" },
  { path: "/no-such-page", heading: "Page not found", status: 404 },
  { path: "/proposals/999999", heading: "Page not found", status: 404 },
] as const;

for (const entry of PAGES) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`${entry.path} has no accessibility violations axe can find (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const response = await page.goto(entry.path);
      expect(response?.status()).toBe("status" in entry ? entry.status : 200);
      await expect(page.getByRole("heading", { level: 1, name: entry.heading })).toBeVisible();

      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((n) => n.target) }))).toEqual([]);
    });
  }
}

test("the keyboard reaches the skip link first, and it moves focus past the header", async ({ page }) => {
  await page.goto("/proposals");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);

  // The next Tab lands inside the main content, not back in the header navigation.
  await page.keyboard.press("Tab");
  const insideMain = await page.evaluate(() => Boolean(document.activeElement?.closest("main")));
  expect(insideMain).toBe(true);
});

test("the header navigation is reachable by keyboard and leads to each page", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const name of ["Proposals", "FCPs", "Statistics", "Audit log"]) {
    await nav.getByRole("link", { name }).focus();
    await expect(nav.getByRole("link", { name })).toBeFocused();
  }
  await nav.getByRole("link", { name: "Statistics" }).press("Enter");
  await expect(page).toHaveURL(/\/stats$/);
});

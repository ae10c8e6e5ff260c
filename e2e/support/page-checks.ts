import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { SessionControls } from "../pages/session-controls";

// Steps several specs share: signing in from the header, and axe on the page as it is.

export async function signIn(page: Page, login: string) {
  await page.goto("/");
  await new SessionControls(page).signInWithGitHub(login);
  await expect(new SessionControls(page).header.getByText(`Signed in as ${login}`)).toBeVisible();
}

/** What axe finds on the current page, as one list to compare with []. */
export async function axeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((n) => n.target) }));
}

/** axe finds nothing on the current page in the light or the dark colour scheme. */
export async function expectNoAxeViolations(page: Page) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page)).toEqual([]);
  }
}

import { expect, test } from "@playwright/test";
import { HomePage } from "./pages/home-page";
import { SessionControls } from "./pages/session-controls";

// Signing in with GitHub's OAuth flow, served by the fake GitHub (playwright.config.ts
// registers the app's OAuth client with it), so github.com is never contacted.

test.describe("signing in with GitHub", () => {
  test("a contributor signs in, sees who they are, and signs out", async ({ page, context }) => {
    const home = new HomePage(page);
    const session = new SessionControls(page);
    await home.goto();
    await expect(session.signInLink).toBeVisible();

    await session.signInWithGitHub("e2e-contributor");
    await expect(home.heading).toBeVisible();
    await expect(session.signedInAs("e2e-contributor", "contributor")).toBeVisible();
    // The whole-response cache serves only requests without this cookie.
    const cookies = (await context.cookies()).map((cookie) => cookie.name);
    expect(cookies).toContain("next-auth.session-token");

    await session.signOut();
    await expect(session.signInLink).toBeVisible();
    await expect(page.getByText("Signed in as")).toHaveCount(0);
    expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain("next-auth.session-token");
  });

  test("a login listed in ADMIN_GITHUB_LOGINS is an admin once signed in", async ({ page }) => {
    const session = new SessionControls(page);
    await new HomePage(page).goto();
    await session.signInWithGitHub("e2e-admin");
    await expect(session.signedInAs("e2e-admin", "admin")).toBeVisible();
  });
});

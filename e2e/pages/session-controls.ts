import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Signing in and out from the site header, through next-auth's sign-in page and the
 * fake GitHub's authorize form (playwright.config.ts points the app's OAuth at it).
 */
export class SessionControls {
  readonly header: Locator;
  readonly signInLink: Locator;
  readonly signOutButton: Locator;

  constructor(readonly page: Page) {
    this.header = page.getByRole("banner");
    this.signInLink = this.header.getByRole("link", { name: "Sign in" });
    this.signOutButton = this.header.getByRole("button", { name: "Sign out" });
  }

  signedInAs(login: string, role: string): Locator {
    return this.header.getByText(`Signed in as ${login} (${role})`, { exact: true });
  }

  async signInWithGitHub(login: string): Promise<void> {
    await this.signInLink.click();
    await this.page.getByRole("button", { name: "Sign in with GitHub" }).click();
    // The fake GitHub asks who signs in, as github.com would with its login form.
    await expect(this.page.getByRole("heading", { name: "Sign in to GitHub (fake)" })).toBeVisible();
    await this.page.getByLabel("Username or email address").fill(login);
    await this.page.getByRole("button", { name: "Authorize" }).click();
  }

  async signOut(): Promise<void> {
    await this.signOutButton.click();
  }
}

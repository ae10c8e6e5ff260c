import { expect, test, type Page } from "@playwright/test";
import { MePage } from "./pages/me-page";
import { signIn, expectNoAxeViolations } from "./support/page-checks";

// A reader saves the search they are looking at on /proposals, finds it on /me with the
// MSCs it followed, and deletes it, which unfollows them again. Uses the area
// "matrix-2.0" (MSC2964, MSC2966, MSC2967 in the bundled snapshot, touched by no other
// spec) and a login no other spec signs in with; the spec deletes what it saves.

const VIEW = "/proposals?area=matrix-2.0";
const MATCHES = [2964, 2966, 2967];
const READER = "e2e-saved-search";

test.describe.configure({ mode: "serial" });

const savedSearches = (page: Page) => page.getByRole("region", { name: /^Saved searches/ });

test("a signed-out reader is told to sign in, on the view they tried to save", async ({ page }) => {
  await page.goto(VIEW);
  const section = page.getByRole("region", { name: "Follow this search" });
  await section.getByRole("button", { name: "Follow this search" }).click();
  await expect(page).toHaveURL(/\/proposals\?area=matrix-2\.0&flash=[\w-]+#saved-search$/);
  await expect(section.getByRole("alert")).toHaveText("Sign in to save a search.");
});

test("save a search from the list's filters, see it and its follows on /me, then delete it", async ({ page }) => {
  await signIn(page, READER);
  await page.goto(VIEW);
  const section = page.getByRole("region", { name: "Follow this search" });
  const name = section.getByRole("textbox", { name: "Name" });
  await expect(name).toHaveValue("area matrix-2.0");
  await name.fill("Matrix 2.0");
  await section.getByRole("button", { name: "Follow this search" }).click();
  await expect(page).toHaveURL(/\/proposals\?area=matrix-2\.0&flash=[\w-]+#saved-search$/);
  await expect(section.getByRole("status")).toHaveText(
    "Saved the search “Matrix 2.0”. Following 3 MSCs that match; new matches are followed as they come.",
  );
  await expectNoAxeViolations(page);

  const me = new MePage(page);
  await me.goto();
  const saved = savedSearches(page).getByRole("listitem").filter({ hasText: "Matrix 2.0" });
  await expect(saved).toContainText("area matrix-2.0");
  await expect(saved).toContainText("following 3 MSCs through it");
  await expect(saved.getByRole("link", { name: "Show in the list" })).toHaveAttribute("href", VIEW);
  for (const number of MATCHES) {
    const row = me.following.getByRole("listitem").filter({ has: page.getByRole("link", { name: `MSC${number}` }) });
    await expect(row).toContainText("via search “Matrix 2.0”");
  }
  await expectNoAxeViolations(page);

  // Saving the same filters again is refused, with the name it was saved under.
  await page.goto(VIEW);
  await section.getByRole("button", { name: "Follow this search" }).click();
  await expect(section.getByRole("alert")).toHaveText("You already saved this search, as “Matrix 2.0”.");

  await me.goto();
  await saved.getByRole("button", { name: "Delete the saved search Matrix 2.0" }).click();
  await expect(page).toHaveURL(/\/me\?flash=[\w-]+#saved-searches$/);
  await expect(savedSearches(page).getByRole("status")).toHaveText(
    "Deleted the saved search “Matrix 2.0”; unfollowed the 3 MSCs only it had followed.",
  );
  await expect(savedSearches(page).getByRole("listitem")).toHaveCount(0);
  for (const number of MATCHES) {
    await expect(me.following.getByRole("link", { name: `MSC${number}` })).toHaveCount(0);
  }
});

test("save a search from the fields on /me, 'authored by me' included, and delete it", async ({ page }) => {
  await signIn(page, READER);
  const me = new MePage(page);
  await me.goto();
  const form = page.getByRole("form", { name: "Save a new search" });
  await form.getByRole("combobox", { name: "Status" }).selectOption({ label: "Merged" });
  await form.getByRole("textbox", { name: /^Kind/ }).fill("core");
  await form.getByRole("checkbox", { name: "Only MSCs I author" }).check();
  await form.getByRole("button", { name: "Save search" }).click();
  await expect(savedSearches(page).getByRole("status")).toHaveText(
    "Saved the search “status Merged · kind core · authored by me”. Following 0 MSCs that match; new matches are followed as they come.",
  );
  const saved = savedSearches(page).getByRole("listitem");
  await expect(saved).toHaveCount(1);
  await expect(saved.getByRole("link", { name: "Show in the list" })).toHaveAttribute(
    "href",
    `/proposals?status=merged&kind=core&author=${READER}`,
  );
  await saved.getByRole("button", { name: /^Delete/ }).click();
  await expect(savedSearches(page).getByRole("listitem")).toHaveCount(0);
});

import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { HomePage } from "./pages/home-page";

// Runs after home.spec.ts (files run in name order, one worker): that file checks the
// untouched snapshot; this one syncs the running server from the fake GitHub.
const run = promisify(execFile);

test.describe("npm run sync while the server runs", () => {
  test("syncs through the server that holds the embedded database, and the pages show it", async ({
    page,
    request,
  }) => {
    const { stdout } = await run(
      process.execPath,
      ["--import", "tsx", "--conditions=react-server", "scripts/sync.ts"],
      {
        // The data folder of the e2e server (playwright.config.ts); the server's own
        // settings (fake GitHub URL, token) are the ones used for the sync.
        env: { ...process.env, DATA_DIR: ".tmp/e2e-data", GITHUB_TOKEN: "e2e-token" },
        timeout: 120_000,
      },
    );
    expect(stdout).toContain("The tracker server holds the embedded database: syncing through it.");
    expect(stdout).toMatch(/^Sync succeeded: 0 MSCs added, \d+ changed, \d+ label changes, \d+ FCP records\.$/m);
    expect(stdout).toMatch(/^GitHub requests: \d+ \(0 answered 304 Not Modified\); rate limit left: \d+/m);

    const home = new HomePage(page);
    await home.goto();
    await expect(home.footer).toContainText("from the last GitHub sync.");
    // The fake GitHub knows MSC4543's author, which the snapshot did not.
    const api = await request.get("/api/v1/proposals/4543");
    expect(api.status()).toBe(200);
    expect(await api.json()).toMatchObject({ number: 4543, status: "in-review", author: expect.any(String) });

    const again = await run(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/sync.ts"], {
      env: { ...process.env, DATA_DIR: ".tmp/e2e-data", GITHUB_TOKEN: "e2e-token" },
      timeout: 60_000,
    });
    expect(again.stdout).toMatch(/^GitHub requests: 5 \(5 answered 304 Not Modified\)/m);
  });
});

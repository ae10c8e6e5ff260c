import { defineConfig } from "@playwright/test";
import { appPort as port, githubPort, mailReadPort, smtpPort } from "./e2e/support/e2e-ports";

// End-to-end tests drive the real `npm start` (embedded database, bundled snapshot,
// production build) in the Chromium that Debian ships: Playwright's own browser
// download is not reachable on the machines this runs on.
const baseURL = `http://127.0.0.1:${port}`;
const runningAsRoot = process.getuid?.() === 0;
// The OAuth app the e2e server signs in with, registered with the fake GitHub.
const oauthClient = { id: "e2e-oauth-client", secret: "e2e-oauth-secret" };

export default defineConfig({
  testDir: "e2e",
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 1,
  reporter: "list",
  use: {
    baseURL,
    browserName: "chromium",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        // Chromium's sandbox cannot start as root (CI containers run as root).
        ...(runningAsRoot ? ["--no-sandbox"] : []),
      ],
    },
  },
  webServer: [
    {
      command: `node --import tsx test/fake-github/serve.ts --port ${githubPort} --oauth-client-id ${oauthClient.id} --oauth-client-secret ${oauthClient.secret}`,
      url: `http://127.0.0.1:${githubPort}/rate_limit`,
      reuseExistingServer: !process.env.CI,
      stdout: "ignore",
    },
    {
      command: `node --import tsx test/fakes/serve-mail-sink.ts --smtp-port ${smtpPort} --http-port ${mailReadPort}`,
      url: `http://127.0.0.1:${mailReadPort}/messages`,
      reuseExistingServer: !process.env.CI,
      stdout: "ignore",
    },
    {
      command: "node --import tsx e2e/support/start-fresh-server.ts",
      url: baseURL,
      env: {
        PORT: String(port),
        HOSTNAME: "127.0.0.1",
        DATA_DIR: ".tmp/e2e-data",
        // No scheduled sync: the tests start from exactly the snapshot and sync when they say.
        SYNC_INTERVAL_MINUTES: "0",
        GITHUB_API_URL: `http://127.0.0.1:${githubPort}`,
        GITHUB_TOKEN: "e2e-token",
        // e2e/support/github-webhooks.ts signs deliveries with it.
        GITHUB_WEBHOOK_SECRET: "e2e-webhook-secret",
        // Sign-in through the fake GitHub's OAuth flow (e2e/sign-in.spec.ts).
        GITHUB_WEB_URL: `http://127.0.0.1:${githubPort}`,
        GITHUB_CLIENT_ID: oauthClient.id,
        GITHUB_CLIENT_SECRET: oauthClient.secret,
        NEXTAUTH_URL: baseURL,
        NEXTAUTH_SECRET: "e2e-nextauth-secret",
        ADMIN_GITHUB_LOGINS: "e2e-admin",
        // e2e/fcp-flow.spec.ts runs an FCP to its end. The server decides "is it over"
        // from stored times and the real clock, with no way to move that clock (no
        // time-travel backdoor in a production server), so rounds run in the app here
        // last 0.0003 days (about 26 s) and the sweep looks every second. No other spec
        // runs a round in the app to its start; rounds imported from mscbot keep the
        // end their comments give (proposal-page.spec.ts checks a 5-day one).
        FCP_DURATION_DAYS: "0.0003",
        FCP_SWEEP_SECONDS: "1",
        // Rounds run in the app are written back to the fake GitHub as mscbot would
        // (e2e/fcp-flow.spec.ts reads them there); sync skips those comments by their marker.
        GITHUB_WRITE_BACK: "on",
        // e2e/follow-flow.spec.ts waits for an outbound webhook: notify every second.
        NOTIFY_INTERVAL_SECONDS: "1",
        // e2e/reminders.spec.ts: a proposed FCP waiting for a member's position is
        // reminded of after about 17 s, not days (real time passes; no clock is moved).
        REMINDER_POSITION_DAYS: "0.0002",
        // Mail goes to the local sink (test/fakes/serve-mail-sink.ts), never a real server.
        SMTP_URL: `smtp://tracker:secret@127.0.0.1:${smtpPort}`,
        SMTP_FROM: "MSC Tracker <tracker@e2e.example>",
      },
      reuseExistingServer: !process.env.CI,
      // The first start runs `next build`: a minute or so on a cold machine, several on a busy one.
      timeout: 300_000,
      stdout: "pipe",
      // Lets the server close its embedded database instead of being killed mid-write.
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    },
  ],
});

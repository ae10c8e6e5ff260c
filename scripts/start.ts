// `npm start`: checks settings, opens and migrates the database (embedded by default),
// builds the web app if needed, then serves it. Failures a person can fix end the
// process with one line saying what is wrong, not a stack trace.
import { createServer } from "node:http";
import next from "next";
import { withResponseCache } from "../lib/cache/response-cache";
import { getDatabase } from "../lib/db/client";
import { DatabaseUnavailableError } from "../lib/db/errors";
import { MigrationError } from "../lib/db/migrate";
import { env, EnvError } from "../lib/env";
import { startWriteBack } from "../lib/github/write-back/start-write-back";
import { startNotifications } from "../lib/notify/start-notifications";
import { ensureBuild } from "../lib/server/ensure-build";
import { publishLocalControl } from "../lib/server/local-control";
import { scheduleFcpSweeps } from "../lib/server/schedule-fcp-sweeps";
import { scheduleSync } from "../lib/server/schedule-sync";
import { withoutClientScripts } from "../lib/server/without-client-scripts";

function fail(message: string): never {
  console.error(`msc-tracker: ${message}`);
  process.exit(1);
}

async function main() {
  // `npm start` serves a production build: say so before the settings are checked, as
  // Next's own server would a moment later, so production-only rules (no DEV_SIGN_IN,
  // NEXTAUTH_SECRET required) stop start-up rather than the first sign-in.
  (process.env as Record<string, string | undefined>).NODE_ENV ??= "production";
  const settings = env();
  const db = await getDatabase();
  const proposals = await db.prisma.proposal.count();
  await ensureBuild();

  const app = next({ dev: false, dir: process.cwd(), hostname: settings.HOSTNAME, port: settings.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const serve = withResponseCache(withoutClientScripts(handle), { ttlSeconds: settings.RESPONSE_CACHE_SECONDS });
  const server = createServer((req, res) => void serve(req, res));
  // Node closes an idle kept-alive connection after 5 s; a client that reuses it at that
  // moment gets ECONNRESET (seen in the e2e run on a busy machine). Proxies keep idle
  // upstream connections for about a minute, so the server outlasts them instead.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.on("error", (error: NodeJS.ErrnoException) =>
    fail(error.code === "EADDRINUSE" ? `port ${settings.PORT} is in use; set PORT to another port` : error.message),
  );
  server.listen(settings.PORT, settings.HOSTNAME, () => {
    // Published before the announcement, so a tool that waits for the line finds the file.
    if (db.kind === "embedded") publishLocalControl(settings.DATA_DIR, settings.PORT);
    console.log(`MSC Tracker on http://localhost:${settings.PORT} (${db.description}, ${proposals} proposals)`);
  });
  const stopSync = scheduleSync(db.prisma, settings.SYNC_INTERVAL_MINUTES);
  const stopSweeps = scheduleFcpSweeps(db.prisma, settings.FCP_SWEEP_SECONDS);
  startWriteBack(db.prisma); // GITHUB_WRITE_BACK; its timer does not keep the process alive
  startNotifications(db.prisma); // NOTIFY_INTERVAL_SECONDS; never in the path of a request, vote or sync

  const stop = () => {
    stopSync();
    stopSweeps();
    server.close();
    void db.close().finally(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  if (error instanceof EnvError || error instanceof DatabaseUnavailableError || error instanceof MigrationError) {
    fail(error.message);
  }
  throw error;
});

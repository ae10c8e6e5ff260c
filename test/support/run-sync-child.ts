// Child process for the "killed mid-sync" test: one sync of the configured database
// (DATABASE_URL, or the embedded one in DATA_DIR) from GITHUB_API_URL, then exit.
import { openDatabase } from "../../lib/db/open-database";
import { syncFromEnv } from "../../lib/github/sync/sync-from-env";

const db = await openDatabase({
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir: process.env.DATA_DIR ?? "",
});
const summary = await syncFromEnv(db.prisma);
console.log(JSON.stringify({ outcome: summary.outcome }));
await db.close();

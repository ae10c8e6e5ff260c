import "server-only";
import { env } from "../env";
import type { DatabaseHandle } from "./database-handle";
import { openDatabase } from "./open-database";
import { prepareDatabase } from "./prepare-database";

// The one place the app's database is opened. The handle lives on globalThis because
// the start-up script and Next's server bundle are separate module graphs in one
// process: both must share one PGlite (it admits a single owner) and one pool.
const KEY = Symbol.for("msc-tracker.database");
type Holder = { [KEY]?: Promise<DatabaseHandle> };

export function getDatabase(): Promise<DatabaseHandle> {
  const holder = globalThis as Holder;
  holder[KEY] ??= (async () => {
    const settings = env();
    // A page that reads data at build time would open the database from a build
    // worker, beside the running server that owns it: refuse, loudly.
    if (settings.NEXT_PHASE === "phase-production-build") {
      throw new Error("The database is not opened during `next build`: make the page dynamic.");
    }
    const db = await openDatabase({ databaseUrl: settings.DATABASE_URL, dataDir: settings.DATA_DIR });
    await prepareDatabase(db);
    return db;
  })();
  // A failed open is not cached: the next request tries again (the database may be back).
  holder[KEY].catch(() => delete holder[KEY]);
  return holder[KEY];
}

export async function getPrisma() {
  return (await getDatabase()).prisma;
}

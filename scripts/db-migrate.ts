// `npm run db:migrate`: applies prisma/migrations to the configured database
// (DATABASE_URL, or the embedded one in DATA_DIR) and loads the snapshot if empty.
import { openDatabase } from "../lib/db/open-database";
import { prepareDatabase } from "../lib/db/prepare-database";
import { DatabaseUnavailableError } from "../lib/db/errors";
import { MigrationError } from "../lib/db/migrate";
import { env, EnvError } from "../lib/env";

try {
  const settings = env();
  const db = await openDatabase({ databaseUrl: settings.DATABASE_URL, dataDir: settings.DATA_DIR });
  try {
    const { applied, loaded } = await prepareDatabase(db);
    console.log(
      `${db.description}: ${applied.length ? `applied ${applied.join(", ")}` : "migrations already up to date"}` +
        (loaded ? `; loaded ${loaded} proposals from the bundled snapshot` : ""),
    );
  } finally {
    await db.close();
  }
} catch (error) {
  if (error instanceof EnvError || error instanceof DatabaseUnavailableError || error instanceof MigrationError) {
    console.error(`msc-tracker: ${error.message}`);
    process.exit(1);
  }
  throw error;
}

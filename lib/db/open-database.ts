import "server-only";
import type { DatabaseHandle } from "./database-handle";
import { openEmbedded } from "./open-embedded";
import { openPostgres } from "./open-postgres";

export type DatabaseSettings = { databaseUrl?: string; dataDir: string };

/** PostgreSQL when DATABASE_URL is set, otherwise the embedded database in dataDir. */
export function openDatabase(settings: DatabaseSettings): Promise<DatabaseHandle> {
  return settings.databaseUrl ? openPostgres(settings.databaseUrl) : openEmbedded(settings.dataDir);
}

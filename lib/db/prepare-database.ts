import "server-only";
import { loadSnapshotIfEmpty } from "../proposals/load-snapshot";
import type { DatabaseHandle } from "./database-handle";
import { applyMigrations } from "./migrate";

/** Brings a freshly opened database up to date: migrations, then the first data. */
export async function prepareDatabase(db: DatabaseHandle) {
  const { applied } = await applyMigrations(db.runner);
  const { loaded } = await loadSnapshotIfEmpty(db.prisma);
  return { applied, loaded };
}

import { existsSync, readdirSync } from "node:fs";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import { applyMigrations } from "@/lib/db/migrate";
import { startPostgres } from "@/test/support/postgres-server";
import { openTestDatabase, type DatabaseKind } from "@/test/support/test-database";

// The databases a benchmark can run on here: always the embedded one; PostgreSQL when
// TEST_DATABASE_URL names a server or the server binaries exist to start a throwaway one.

function hasPostgresBinaries(): boolean {
  const root = "/usr/lib/postgresql";
  return existsSync(root) && readdirSync(root).some((version) => existsSync(`${root}/${version}/bin/initdb`));
}

export function availableDatabases(requested: DatabaseKind | null): DatabaseKind[] {
  const postgres = Boolean(process.env.TEST_DATABASE_URL) || hasPostgresBinaries();
  if (requested === "postgres" && !postgres) {
    throw new Error("--db postgres: set TEST_DATABASE_URL or install the PostgreSQL server binaries.");
  }
  if (requested) return [requested];
  return postgres ? ["embedded", "postgres"] : ["embedded"];
}

/** Starts a throwaway PostgreSQL server unless TEST_DATABASE_URL names one; returns its stop. */
export async function ensurePostgresServer(): Promise<() => void> {
  if (process.env.TEST_DATABASE_URL) return () => {};
  const server = await startPostgres();
  // openTestDatabase creates each fresh database on the server this names.
  process.env.TEST_DATABASE_URL = server.url;
  return () => {
    server.stop();
    delete process.env.TEST_DATABASE_URL;
  };
}

/** A brand-new database with every migration applied and no data (no snapshot). */
export async function openEmptyDatabase(kind: DatabaseKind): Promise<DatabaseHandle> {
  const db = await openTestDatabase(kind);
  await applyMigrations(db.runner);
  return db;
}

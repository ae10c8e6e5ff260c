import "server-only";
import { randomUUID } from "node:crypto";
import { readMigrations, type Migration } from "./migrations";
import type { SqlRunner } from "./sql-runner";

// Applies prisma/migrations the way `prisma migrate deploy` would, and records them in
// the same _prisma_migrations table with the same checksums, so that where Prisma's
// schema engine exists it sees this database as up to date. Written by hand because
// that engine is a native binary these machines cannot download (DEVELOPERS.md).

// Prisma Migrate's own advisory lock key: our runner and `prisma migrate deploy` on
// another machine never apply migrations at the same time, nor do two app instances.
const PRISMA_ADVISORY_LOCK = 72707369;

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

export class MigrationError extends Error {}

export async function applyMigrations(
  db: SqlRunner,
  migrations: Migration[] = readMigrations(),
): Promise<{ applied: string[] }> {
  await db.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
  try {
    await db.exec(CREATE_TABLE);
    const rows = await db.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
    );
    const done = checkHistory(rows, migrations);
    const applied: string[] = [];
    for (const migration of migrations.filter((m) => !done.has(m.name))) {
      await applyOne(db, migration);
      applied.push(migration.name);
    }
    return { applied };
  } finally {
    await db.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK]);
  }
}

/** Refuses a database whose history Prisma Migrate would refuse too. */
function checkHistory(rows: AppliedRow[], migrations: Migration[]): Set<string> {
  const byName = new Map(migrations.map((m) => [m.name, m]));
  const done = new Set<string>();
  for (const row of rows) {
    if (row.rolled_back_at) continue;
    if (!row.finished_at) {
      throw new MigrationError(`Migration ${row.migration_name} started but never finished; repair it by hand.`);
    }
    const local = byName.get(row.migration_name);
    if (!local) {
      throw new MigrationError(
        `The database has migration ${row.migration_name}, which this version does not know: it is newer than this code.`,
      );
    }
    if (local.checksum !== row.checksum) {
      throw new MigrationError(`Migration ${row.migration_name} was edited after it was applied.`);
    }
    done.add(row.migration_name);
  }
  return done;
}

/** One migration and its record commit together, so a failure leaves no half state. */
async function applyOne(db: SqlRunner, migration: Migration): Promise<void> {
  await db.exec("BEGIN");
  try {
    await db.exec(migration.sql);
    await db.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), now(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await db.exec("COMMIT");
  } catch (error) {
    await db.exec("ROLLBACK");
    throw new MigrationError(`Migration ${migration.name} failed: ${(error as Error).message}`);
  }
}

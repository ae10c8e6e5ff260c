import { afterEach, describe, expect, it } from "vitest";
import { DATABASE_KINDS, openTestDatabase } from "@/test/support/test-database";
import type { DatabaseHandle } from "./database-handle";
import { applyMigrations, MigrationError } from "./migrate";
import { migrationChecksum, readMigrations } from "./migrations";

describe.each(DATABASE_KINDS)("migrations on the %s database", (kind) => {
  let db: DatabaseHandle;
  afterEach(async () => db?.close());

  it("applies every committed migration once and records it as Prisma Migrate would", async () => {
    db = await openTestDatabase(kind);
    const committed = readMigrations();
    expect(committed.length).toBeGreaterThan(0);

    const first = await applyMigrations(db.runner);
    expect(first.applied).toEqual(committed.map((m) => m.name));
    const again = await applyMigrations(db.runner);
    expect(again.applied).toEqual([]);

    const rows = await db.runner.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
    }>(
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(committed.map((m) => m.name));
    for (const [i, row] of rows.entries()) {
      expect(row.checksum).toBe(migrationChecksum(committed[i]!.sql));
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    // The app can use the tables right away.
    expect(await db.prisma.proposal.count()).toBe(0);
  });

  it("refuses a database whose applied migration was edited afterwards", async () => {
    db = await openTestDatabase(kind);
    const [init] = readMigrations();
    await applyMigrations(db.runner, [init!]);
    const edited = { ...init!, sql: `${init!.sql}\n-- edited`, checksum: migrationChecksum(`${init!.sql}\n-- edited`) };
    await expect(applyMigrations(db.runner, [edited])).rejects.toThrow(/was edited after it was applied/);
  });

  it("refuses a database migrated by a newer version of the code", async () => {
    db = await openTestDatabase(kind);
    await applyMigrations(db.runner);
    await expect(applyMigrations(db.runner, [])).rejects.toThrow(/newer than this code/);
  });

  it("leaves nothing behind when a migration fails, so it can be retried", async () => {
    db = await openTestDatabase(kind);
    const broken = {
      name: "20990101000000_broken",
      sql: "CREATE TABLE half (id int); SELECT missing_column FROM half;",
      checksum: "x",
    };
    await expect(applyMigrations(db.runner, [broken])).rejects.toBeInstanceOf(MigrationError);
    const tables = await db.runner.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'half'",
    );
    expect(tables[0]!.n).toBe(0);
    expect(await db.runner.query(`SELECT * FROM "_prisma_migrations"`)).toEqual([]);
  });
});

describe("migrations from two app instances on one PostgreSQL", () => {
  it("are applied exactly once", async () => {
    const { createPostgresDatabase } = await import("@/test/support/test-database");
    const { openPostgres } = await import("./open-postgres");
    const { url, drop } = await createPostgresDatabase();
    const [a, b] = await Promise.all([openPostgres(url), openPostgres(url)]);
    try {
      const results = await Promise.all([applyMigrations(a.runner), applyMigrations(b.runner)]);
      const appliedCounts = results.map((r) => r.applied.length).sort();
      expect(appliedCounts).toEqual([0, readMigrations().length]);
    } finally {
      await a.close();
      await b.close();
      await drop();
    }
  });
});

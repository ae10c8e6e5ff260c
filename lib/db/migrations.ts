import "server-only";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";

export type Migration = { name: string; sql: string; checksum: string };

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

/** Prisma Migrate's checksum: SHA-256 of the migration.sql bytes, as lowercase hex. */
export function migrationChecksum(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

/** The committed migrations, oldest first (folder names sort by their timestamp). */
export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() && existsSync(/*turbopackIgnore: true*/ path.join(dir, entry.name, "migration.sql")),
    )
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(/*turbopackIgnore: true*/ path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: migrationChecksum(sql) };
    });
}

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseSchemaDmmf, readSchemaDmmf } from "@/test/support/read-schema-dmmf";
import { FIXTURE_MIGRATION_SQL, FIXTURE_SCHEMA } from "@/test/support/schema-shape-fixture";
import { DATABASE_KINDS, openTestDatabase } from "@/test/support/test-database";
import type { DatabaseHandle } from "./database-handle";
import { applyMigrations } from "./migrate";
import { migrationChecksum } from "./migrations";
import { compareSchemaShapes } from "./schema-shape/compare-schema-shapes";
import { buildExpectedShape } from "./schema-shape/expected-shape";
import { introspectDatabaseShape } from "./schema-shape/introspect-database-shape";

// prisma/schema.prisma types the client; prisma/migrations builds the database. Prisma's
// own drift check (`prisma migrate diff`) needs an engine these machines cannot run,
// so this test compares the two itself: a migrated database must have exactly the
// tables, columns, keys, indexes and enums the schema implies.

const expected = buildExpectedShape(readSchemaDmmf());

describe.each(DATABASE_KINDS)("schema.prisma against the migrations on the %s database", (kind) => {
  let db: DatabaseHandle;
  beforeEach(async () => {
    db = await openTestDatabase(kind);
  });
  afterEach(async () => db?.close());

  it("builds exactly the database the schema describes", async () => {
    await applyMigrations(db.runner);
    expect(Object.keys(expected.tables).length).toBeGreaterThan(0);
    expect(compareSchemaShapes(expected, await introspectDatabaseShape(db.runner))).toEqual([]);
  });

  it("notices a database changed behind the schema's back", async () => {
    await applyMigrations(db.runner);
    await db.runner.exec(`
      ALTER TABLE proposals ALTER COLUMN title DROP NOT NULL;
      DROP INDEX proposals_updated_at_idx;
      ALTER TABLE sync_runs ALTER COLUMN request_count DROP DEFAULT;
      ALTER TABLE votes DROP CONSTRAINT votes_fcp_round_id_fkey;
      ALTER TABLE votes ADD CONSTRAINT votes_fcp_round_id_fkey FOREIGN KEY (fcp_round_id)
        REFERENCES fcp_rounds(id) ON DELETE RESTRICT ON UPDATE CASCADE;
      ALTER TYPE "VotePosition" ADD VALUE 'veto';
      ALTER TABLE labels ADD COLUMN archived boolean;
      CREATE TABLE scratch (id integer);
    `);
    const differences = compareSchemaShapes(expected, await introspectDatabaseShape(db.runner));
    expect(differences).toEqual([
      "enum VotePosition: expected values (approve, abstain, recuse, none), database has (approve, abstain, recuse, none, veto)",
      "column labels.archived exists in the database but not in schema.prisma",
      "column proposals.title: expected NOT NULL, database allows NULL",
      "index on proposals(updated_at) missing from the database",
      "table scratch exists in the database but not in schema.prisma",
      "column sync_runs.request_count: expected default 0, database has no default",
      "foreign key votes(fcp_round_id) -> fcp_rounds(id): expected ON DELETE CASCADE, database has ON DELETE RESTRICT",
    ]);
  });

  // Conventions the real schema does not use yet (native types, DESC and hash indexes,
  // mapped enum values, quoted names) read back the same way once a database has them.
  it("reads back a schema that uses every convention the check relies on", async () => {
    const fixture = {
      name: "20000101000000_fixture",
      sql: FIXTURE_MIGRATION_SQL,
      checksum: migrationChecksum(FIXTURE_MIGRATION_SQL),
    };
    await applyMigrations(db.runner, [fixture]);
    const fixtureShape = buildExpectedShape(parseSchemaDmmf(FIXTURE_SCHEMA));
    expect(compareSchemaShapes(fixtureShape, await introspectDatabaseShape(db.runner))).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { compareSchemaShapes } from "./compare-schema-shapes";
import type { ColumnShape, DatabaseShape } from "./database-shape";

const column = (type: string, extra: Partial<ColumnShape> = {}): ColumnShape => ({
  type,
  nullable: false,
  default: null,
  ...extra,
});

function shape(): DatabaseShape {
  return {
    enums: { Color: ["red", "green"] },
    tables: {
      owners: {
        columns: { id: column("integer", { default: "autoincrement()" }), email: column("text") },
        primaryKey: ["id"],
        indexes: [{ columns: ["email"], unique: true, method: "btree", predicate: null }],
        foreignKeys: [],
      },
      pets: {
        columns: {
          id: column("integer"),
          owner_id: column("integer"),
          name: column("text"),
          color: column("Color", { nullable: true }),
          adopted: column("boolean", { default: "false" }),
        },
        primaryKey: ["id"],
        indexes: [{ columns: ["owner_id", "name"], unique: false, method: "btree", predicate: null }],
        foreignKeys: [
          {
            columns: ["owner_id"],
            referencedTable: "owners",
            referencedColumns: ["id"],
            onDelete: "CASCADE",
            onUpdate: "CASCADE",
          },
        ],
      },
    },
  };
}

/** The differences after `change` is made to a database that matched the schema. */
function driftAfter(change: (database: DatabaseShape) => void): string[] {
  const database = structuredClone(shape());
  change(database);
  return compareSchemaShapes(shape(), database);
}

describe("compareSchemaShapes", () => {
  it("finds nothing when the database matches", () => {
    expect(compareSchemaShapes(shape(), shape())).toEqual([]);
  });

  it("reports missing and extra tables", () => {
    expect(driftAfter((db) => delete db.tables.owners)).toEqual(["table owners missing from the database"]);
    expect(
      driftAfter((db) => (db.tables.toys = { columns: {}, primaryKey: null, indexes: [], foreignKeys: [] })),
    ).toEqual(["table toys exists in the database but not in schema.prisma"]);
  });

  it("reports missing and extra columns", () => {
    expect(driftAfter((db) => delete db.tables.pets!.columns.name)).toEqual([
      "column pets.name missing from the database",
    ]);
    expect(driftAfter((db) => (db.tables.pets!.columns.age = column("integer")))).toEqual([
      "column pets.age exists in the database but not in schema.prisma",
    ]);
  });

  it("reports a column of the wrong type", () => {
    expect(driftAfter((db) => (db.tables.pets!.columns.name!.type = "character varying(40)"))).toEqual([
      "column pets.name: expected type text, database has character varying(40)",
    ]);
  });

  it("reports nullability either way", () => {
    expect(driftAfter((db) => (db.tables.pets!.columns.name!.nullable = true))).toEqual([
      "column pets.name: expected NOT NULL, database allows NULL",
    ]);
    expect(driftAfter((db) => (db.tables.pets!.columns.color!.nullable = false))).toEqual([
      "column pets.color: expected nullable, database has NOT NULL",
    ]);
  });

  it("reports a missing, unexpected or different default", () => {
    expect(driftAfter((db) => (db.tables.pets!.columns.adopted!.default = null))).toEqual([
      "column pets.adopted: expected default false, database has no default",
    ]);
    expect(driftAfter((db) => (db.tables.pets!.columns.name!.default = "rex"))).toEqual([
      "column pets.name: expected no default, database has default rex",
    ]);
    expect(driftAfter((db) => (db.tables.pets!.columns.adopted!.default = "true"))).toEqual([
      "column pets.adopted: expected default false, database has default true",
    ]);
  });

  it("reports a different primary key", () => {
    expect(driftAfter((db) => (db.tables.pets!.primaryKey = null))).toEqual([
      "primary key of pets: expected (id), database has none",
    ]);
    expect(driftAfter((db) => (db.tables.pets!.primaryKey = ["id", "owner_id"]))).toEqual([
      "primary key of pets: expected (id), database has (id, owner_id)",
    ]);
  });

  it("reports a missing unique index, and one that lost its uniqueness", () => {
    expect(driftAfter((db) => (db.tables.owners!.indexes = []))).toEqual([
      "unique index on owners(email) missing from the database",
    ]);
    expect(driftAfter((db) => (db.tables.owners!.indexes[0]!.unique = false))).toEqual([
      "unique index on owners(email) missing from the database",
      "index on owners(email) exists in the database but not in schema.prisma",
    ]);
  });

  it("reports a missing index, and one whose columns are in another order", () => {
    expect(driftAfter((db) => (db.tables.pets!.indexes = []))).toEqual([
      "index on pets(owner_id, name) missing from the database",
    ]);
    expect(driftAfter((db) => (db.tables.pets!.indexes[0]!.columns = ["name", "owner_id"]))).toEqual([
      "index on pets(owner_id, name) missing from the database",
      "index on pets(name, owner_id) exists in the database but not in schema.prisma",
    ]);
  });

  it("reports an index of another kind or a partial one as not the expected index", () => {
    const changed = driftAfter((db) => {
      db.tables.pets!.indexes[0]!.method = "hash";
      db.tables.pets!.indexes.push({ columns: ["name"], unique: false, method: "btree", predicate: "(color IS NULL)" });
    });
    expect(changed).toEqual([
      "index on pets(owner_id, name) missing from the database",
      "index (hash) on pets(owner_id, name) exists in the database but not in schema.prisma",
      "index on pets(name) WHERE (color IS NULL) exists in the database but not in schema.prisma",
    ]);
  });

  it("reports a foreign key with the wrong actions", () => {
    expect(driftAfter((db) => (db.tables.pets!.foreignKeys[0]!.onDelete = "RESTRICT"))).toEqual([
      "foreign key pets(owner_id) -> owners(id): expected ON DELETE CASCADE, database has ON DELETE RESTRICT",
    ]);
    expect(driftAfter((db) => (db.tables.pets!.foreignKeys[0]!.onUpdate = "NO ACTION"))).toEqual([
      "foreign key pets(owner_id) -> owners(id): expected ON UPDATE CASCADE, database has ON UPDATE NO ACTION",
    ]);
  });

  it("reports a missing foreign key, and one pointing elsewhere", () => {
    expect(driftAfter((db) => (db.tables.pets!.foreignKeys = []))).toEqual([
      "foreign key pets(owner_id) -> owners(id) missing from the database",
    ]);
    expect(driftAfter((db) => (db.tables.pets!.foreignKeys[0]!.referencedColumns = ["email"]))).toEqual([
      "foreign key pets(owner_id) -> owners(id) missing from the database",
      "foreign key pets(owner_id) -> owners(email) exists in the database but not in schema.prisma",
    ]);
  });

  it("reports enums whose values differ, in content or order, and missing or extra enums", () => {
    expect(driftAfter((db) => (db.enums.Color = ["red", "green", "blue"]))).toEqual([
      "enum Color: expected values (red, green), database has (red, green, blue)",
    ]);
    expect(driftAfter((db) => (db.enums.Color = ["green", "red"]))).toEqual([
      "enum Color: expected values (red, green), database has (green, red)",
    ]);
    expect(driftAfter((db) => delete db.enums.Color)).toEqual(["enum Color missing from the database"]);
    expect(driftAfter((db) => (db.enums.Size = ["s"]))).toEqual([
      "enum Size exists in the database but not in schema.prisma",
    ]);
  });
});

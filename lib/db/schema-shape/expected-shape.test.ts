import { describe, expect, it } from "vitest";
import { parseSchemaDmmf } from "@/test/support/read-schema-dmmf";
import { FIXTURE_SCHEMA } from "@/test/support/schema-shape-fixture";
import { buildExpectedShape } from "./expected-shape";

describe("buildExpectedShape", () => {
  const shape = buildExpectedShape(parseSchemaDmmf(FIXTURE_SCHEMA));
  const pets = shape.tables.Pet!;

  it("names tables, columns and enums by their @map, @@map or Prisma name", () => {
    expect(Object.keys(shape.tables).sort()).toEqual(["Pet", "Tagging", "owners"]);
    expect(Object.keys(shape.tables.owners!.columns)).toEqual(["id", "token", "touched_at"]);
    expect(shape.enums).toEqual({ colour: ["red", "dark-green"] });
  });

  it("gives Prisma's column types, native types and enum types", () => {
    const types = Object.fromEntries(Object.entries(pets.columns).map(([name, c]) => [name, c.type]));
    expect(types).toEqual({
      id: "bigint",
      owner_id: "integer",
      keeper_id: "integer",
      name: "character varying(40)",
      color: "colour",
      tags: "text[]",
      weight: "numeric(65,30)",
      data: "jsonb",
      born: "timestamp(6) with time zone",
    });
    expect(shape.tables.owners!.columns.touched_at!.type).toBe("timestamp(3) without time zone");
  });

  it("makes optional and list columns nullable, required scalars NOT NULL", () => {
    expect(pets.columns.keeper_id!.nullable).toBe(true);
    expect(pets.columns.weight!.nullable).toBe(true);
    expect(pets.columns.tags!.nullable).toBe(true);
    expect(pets.columns.name!.nullable).toBe(false);
  });

  it("expects database defaults, but none for client-side ids or @updatedAt", () => {
    const defaults = Object.fromEntries(Object.entries(pets.columns).map(([name, c]) => [name, c.default]));
    expect(defaults).toMatchObject({
      id: "autoincrement()",
      owner_id: null,
      color: "dark-green",
      tags: "[a, b]",
      weight: "1.5",
      data: '{"a":1}',
      born: "now()",
    });
    expect(shape.tables.owners!.columns.token!.default).toBeNull();
    expect(shape.tables.owners!.columns.touched_at!.default).toBeNull();
  });

  it("collects primary keys, unique and plain indexes with order, sort and method", () => {
    expect(shape.tables.Tagging!.primaryKey).toEqual(["petId", "tag"]);
    expect(shape.tables.Tagging!.indexes).toEqual([
      { columns: ["petId"], unique: false, method: "btree", predicate: null },
    ]);
    expect(shape.tables.owners!.indexes).toEqual([
      { columns: ["token"], unique: true, method: "btree", predicate: null },
    ]);
    expect(pets.indexes).toHaveLength(3);
    expect(pets.indexes).toEqual(
      expect.arrayContaining([
        { columns: ["owner_id", "name"], unique: true, method: "btree", predicate: null },
        { columns: ["name DESC", "owner_id"], unique: false, method: "btree", predicate: null },
        { columns: ["weight"], unique: false, method: "hash", predicate: null },
      ]),
    );
  });

  it("defaults ON DELETE to RESTRICT for required relations, SET NULL for optional ones", () => {
    expect(pets.foreignKeys).toEqual([
      {
        columns: ["owner_id"],
        referencedTable: "owners",
        referencedColumns: ["id"],
        onDelete: "RESTRICT",
        onUpdate: "CASCADE",
      },
      {
        columns: ["keeper_id"],
        referencedTable: "owners",
        referencedColumns: ["id"],
        onDelete: "SET NULL",
        onUpdate: "NO ACTION",
      },
    ]);
  });

  it("refuses what it cannot model instead of skipping it", () => {
    const manyToMany = `
datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  bs B[]
}
model B {
  id Int @id
  as A[]
}`;
    expect(() => buildExpectedShape(parseSchemaDmmf(manyToMany))).toThrow(/implicit many-to-many/);
  });
});

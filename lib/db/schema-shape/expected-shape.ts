import type { ColumnShape, DatabaseShape, ForeignKeyShape, ReferentialAction, TableShape } from "./database-shape";
import type { DmmfDatamodel, DmmfEnum, DmmfField, DmmfIndex, DmmfModel } from "./dmmf";
import { expectedDefault } from "./expected-default";
import { postgresColumnType } from "./postgres-column-type";

// The database schema.prisma describes, by Prisma Migrate's PostgreSQL conventions.
// What this does not model (implicit many-to-many tables, multiple schemas, full-text
// indexes) throws rather than being skipped, so the drift check never passes by
// ignoring part of the schema.

const ACTIONS: Record<string, ReferentialAction> = {
  Cascade: "CASCADE",
  Restrict: "RESTRICT",
  NoAction: "NO ACTION",
  SetNull: "SET NULL",
  SetDefault: "SET DEFAULT",
};

export function buildExpectedShape(datamodel: DmmfDatamodel): DatabaseShape {
  const models = new Map(datamodel.models.map((model) => [model.name, model]));
  const enums = new Map(datamodel.enums.map((e) => [e.name, e]));
  const tables: Record<string, TableShape> = {};
  for (const model of datamodel.models) {
    if (model.schema) throw new Error(`schema-shape: model ${model.name} sets @@schema, which is not supported.`);
    tables[tableName(model)] = {
      columns: columnsOf(model, enums),
      primaryKey: null,
      indexes: [],
      foreignKeys: foreignKeysOf(model, models),
    };
  }
  for (const index of datamodel.indexes) addIndex(tables, models.get(index.model)!, index);
  const enumShapes = datamodel.enums.map((e) => [enumTypeName(e), e.values.map((v) => v.dbName ?? v.name)]);
  return { tables, enums: Object.fromEntries(enumShapes) };
}

function columnsOf(model: DmmfModel, enums: Map<string, DmmfEnum>): Record<string, ColumnShape> {
  const enumTypeNames = new Map([...enums.values()].map((e) => [e.name, enumTypeName(e)]));
  const columns: Record<string, ColumnShape> = {};
  for (const field of model.fields) {
    if (field.kind === "object") continue;
    if (field.kind === "unsupported") throw new Error(`schema-shape: Unsupported() field ${model.name}.${field.name}.`);
    columns[field.dbName ?? field.name] = {
      type: postgresColumnType(field, enumTypeNames),
      // Prisma Migrate never declares list columns NOT NULL, required or not.
      nullable: field.isList || !field.isRequired,
      default: expectedDefault(field, field.kind === "enum" ? enums.get(field.type) : undefined),
    };
  }
  return columns;
}

function foreignKeysOf(model: DmmfModel, models: Map<string, DmmfModel>): ForeignKeyShape[] {
  const keys: ForeignKeyShape[] = [];
  for (const field of model.fields) {
    if (field.kind !== "object") continue;
    const target = models.get(field.type)!;
    if (!field.relationFromFields?.length) {
      if (field.isList && isImplicitManyToMany(field, target)) {
        throw new Error(`schema-shape: implicit many-to-many relation ${field.relationName} is not supported.`);
      }
      continue;
    }
    keys.push({
      columns: field.relationFromFields.map((name) => columnName(model, name)),
      referencedTable: tableName(target),
      referencedColumns: (field.relationToFields ?? []).map((name) => columnName(target, name)),
      // Prisma's defaults when the relation names no action.
      onDelete: action(field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull")),
      onUpdate: action(field.relationOnUpdate ?? "Cascade"),
    });
  }
  return keys;
}

function addIndex(tables: Record<string, TableShape>, model: DmmfModel, index: DmmfIndex): void {
  const table = tables[tableName(model)]!;
  if (index.type === "id") {
    table.primaryKey = index.fields.map((f) => columnName(model, f.name));
    return;
  }
  const columns = index.fields.map((f) => columnName(model, f.name) + (f.sortOrder === "desc" ? " DESC" : ""));
  if (index.type === "fulltext") throw new Error(`schema-shape: full-text index on ${model.name} is not supported.`);
  const method = (index.algorithm ?? "BTree").toLowerCase();
  table.indexes.push({ columns, unique: index.type === "unique", method, predicate: null });
}

function isImplicitManyToMany(field: DmmfField, target: DmmfModel): boolean {
  return target.fields.some((other) => other.relationName === field.relationName && other !== field && other.isList);
}

function action(name: string): ReferentialAction {
  const sql = ACTIONS[name];
  if (!sql) throw new Error(`schema-shape: unknown referential action ${name}.`);
  return sql;
}

function tableName(model: DmmfModel): string {
  return model.dbName ?? model.name;
}

function enumTypeName(e: DmmfEnum): string {
  return e.dbName ?? e.name;
}

function columnName(model: DmmfModel, fieldName: string): string {
  const field = model.fields.find((f) => f.name === fieldName);
  if (!field) throw new Error(`schema-shape: ${model.name} has no field ${fieldName}.`);
  return field.dbName ?? field.name;
}

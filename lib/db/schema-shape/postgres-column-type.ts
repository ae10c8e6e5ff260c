import type { DmmfField } from "./dmmf";

// The column type Prisma Migrate gives a field on PostgreSQL, spelled as format_type()
// prints it so it compares directly with an introspected column.

const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Boolean: "boolean",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
  Float: "double precision",
  Decimal: "numeric(65,30)",
  Bytes: "bytea",
};

// @db.* attributes; arguments, when given, are appended as "(20)" or "(10,2)".
const NATIVE_TYPES: Record<string, string> = {
  Text: "text",
  VarChar: "character varying",
  Char: "character",
  Uuid: "uuid",
  Integer: "integer",
  SmallInt: "smallint",
  BigInt: "bigint",
  Decimal: "numeric",
  DoublePrecision: "double precision",
  Real: "real",
  Boolean: "boolean",
  Date: "date",
  Json: "json",
  JsonB: "jsonb",
  ByteA: "bytea",
  Citext: "citext",
  Inet: "inet",
};

const TIME_TYPES: Record<string, [string, string]> = {
  Timestamp: ["timestamp", "without time zone"],
  Timestamptz: ["timestamp", "with time zone"],
  Time: ["time", "without time zone"],
  Timetz: ["time", "with time zone"],
};

/** enumTypeNames maps a Prisma enum name to its database type name (@@map). */
export function postgresColumnType(field: DmmfField, enumTypeNames: Map<string, string>): string {
  const base = field.kind === "enum" ? enumTypeNames.get(field.type) : baseType(field);
  if (!base) throw new Error(`schema-shape: no PostgreSQL type known for field ${field.name} (${field.type}).`);
  return field.isList ? `${base}[]` : base;
}

function baseType(field: DmmfField): string | undefined {
  if (!field.nativeType) return SCALAR_TYPES[field.type];
  const [name, args] = field.nativeType;
  // format_type() prints a precision only when one was declared.
  const time = TIME_TYPES[name];
  if (time) return args[0] ? `${time[0]}(${args[0]}) ${time[1]}` : `${time[0]} ${time[1]}`;
  const native = NATIVE_TYPES[name];
  if (!native) {
    throw new Error(
      `schema-shape: @db.${name} on field ${field.name} is not mapped yet; add it to postgres-column-type.ts.`,
    );
  }
  return args.length > 0 ? `${native}(${args.join(",")})` : native;
}

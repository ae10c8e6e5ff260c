import { AUTOINCREMENT, canonicalDefault, canonicalJson, canonicalNumber, NOW } from "./column-default";
import type { DmmfEnum, DmmfField, DmmfFunctionDefault } from "./dmmf";

// The database default Prisma Migrate gives a field, in column-default.ts's spelling.

// Filled in by Prisma Client before the INSERT: the column itself has no default.
const CLIENT_GENERATED = new Set(["cuid", "uuid", "nanoid", "ulid"]);
const NUMERIC_TYPES = new Set(["Int", "BigInt", "Float", "Decimal"]);

export function expectedDefault(field: DmmfField, enumType: DmmfEnum | undefined): string | null {
  const value = field.default;
  if (!field.hasDefaultValue || value === undefined) return null;
  if (Array.isArray(value)) return `[${value.map((item) => literal(field, item, enumType)).join(", ")}]`;
  if (typeof value === "object" && value !== null) return functionDefault(field, value as DmmfFunctionDefault);
  return literal(field, value, enumType);
}

function functionDefault(field: DmmfField, { name, args }: DmmfFunctionDefault): string | null {
  if (name === "autoincrement") return AUTOINCREMENT;
  if (name === "now") return NOW;
  if (CLIENT_GENERATED.has(name)) return null;
  if (name === "dbgenerated" && typeof args[0] === "string") return canonicalDefault(args[0]);
  throw unsupported(field, `@default(${name}(...))`);
}

function literal(field: DmmfField, value: unknown, enumType: DmmfEnum | undefined): string {
  // The database stores an enum value under its @map name, if it has one.
  if (enumType) return enumType.values.find((v) => v.name === value)?.dbName ?? String(value);
  if (NUMERIC_TYPES.has(field.type)) return canonicalNumber(String(value));
  if (field.type === "Json") return canonicalJson(String(value));
  if (field.type === "DateTime" || field.type === "Bytes") throw unsupported(field, `a literal ${field.type} default`);
  return String(value);
}

function unsupported(field: DmmfField, what: string): Error {
  return new Error(`schema-shape: ${what} on field ${field.name} is not understood yet; extend expected-default.ts.`);
}

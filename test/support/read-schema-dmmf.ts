import { readFileSync } from "node:fs";
import path from "node:path";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import type { DmmfDatamodel } from "@/lib/db/schema-shape/dmmf";

// Parses a Prisma schema with Prisma's own parser (the wasm build of prisma-fmt, which
// runs where the schema engine binary cannot), so tests see the schema as Prisma does.

export const SCHEMA_PATH = path.resolve(import.meta.dirname, "../../prisma/schema.prisma");

/** The DMMF datamodel of schema text; throws Prisma's validation errors, readably. */
export function parseSchemaDmmf(schemaText: string): DmmfDatamodel {
  let json: string;
  try {
    json = get_dmmf(JSON.stringify({ prismaSchema: schemaText }));
  } catch (error) {
    throw new Error(`Prisma could not parse the schema:\n${describeWasmError(error)}`);
  }
  return (JSON.parse(json) as { datamodel: DmmfDatamodel }).datamodel;
}

export function readSchemaDmmf(schemaPath: string = SCHEMA_PATH): DmmfDatamodel {
  return parseSchemaDmmf(readFileSync(schemaPath, "utf8"));
}

// The wasm throws an Error whose message is JSON holding a terminal-coloured report.
function describeWasmError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  try {
    const report = (JSON.parse(message) as { message?: string }).message ?? message;
    return report.replace(/\u001b\[[0-9;]*m/g, "");
  } catch {
    return message;
  }
}

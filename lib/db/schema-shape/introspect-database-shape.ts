import "server-only";
import type { SqlRunner } from "../sql-runner";
import { canonicalDefault, canonicalJson } from "./column-default";
import type { DatabaseShape, ReferentialAction, TableShape } from "./database-shape";
import { COLUMNS_SQL, CONSTRAINTS_SQL, ENUMS_SQL, INDEXES_SQL } from "./introspection-queries";

// Reads the shape of a live database (the current schema) from pg_catalog, leaving
// out the migration runner's own bookkeeping table.

type ColumnRow = {
  table_name: string;
  column_name: string | null;
  type: string;
  not_null: boolean;
  default_sql: string | null;
};
type ConstraintRow = {
  table_name: string;
  kind: "p" | "f";
  columns: string[];
  referenced_table: string | null;
  referenced_columns: string[] | null;
  on_delete: string;
  on_update: string;
};
type IndexRow = { table_name: string; method: string; is_unique: boolean; predicate: string | null; columns: string[] };
type EnumRow = { name: string; values: string[] };

// pg_constraint's one-letter codes for referential actions.
const ACTIONS: Record<string, ReferentialAction> = {
  a: "NO ACTION",
  r: "RESTRICT",
  c: "CASCADE",
  n: "SET NULL",
  d: "SET DEFAULT",
};

export async function introspectDatabaseShape(db: SqlRunner): Promise<DatabaseShape> {
  const tables: Record<string, TableShape> = {};
  const tableNamed = (name: string) =>
    (tables[name] ??= { columns: {}, primaryKey: null, indexes: [], foreignKeys: [] });

  for (const row of await db.query<ColumnRow>(COLUMNS_SQL)) {
    const table = tableNamed(row.table_name);
    if (row.column_name === null) continue;
    const type = unquote(row.type);
    const canonical = canonicalDefault(row.default_sql);
    const isJson = type === "json" || type === "jsonb";
    table.columns[row.column_name] = {
      type,
      nullable: !row.not_null,
      default: isJson && canonical ? canonicalJson(canonical) : canonical,
    };
  }
  for (const row of await db.query<ConstraintRow>(CONSTRAINTS_SQL)) {
    const table = tableNamed(row.table_name);
    if (row.kind === "p") table.primaryKey = row.columns;
    else {
      table.foreignKeys.push({
        columns: row.columns,
        referencedTable: row.referenced_table ?? "",
        referencedColumns: row.referenced_columns ?? [],
        onDelete: action(row.on_delete),
        onUpdate: action(row.on_update),
      });
    }
  }
  for (const row of await db.query<IndexRow>(INDEXES_SQL)) {
    const columns = row.columns.map(unquote);
    tableNamed(row.table_name).indexes.push({
      columns,
      unique: row.is_unique,
      method: row.method,
      predicate: row.predicate,
    });
  }
  const enums = Object.fromEntries((await db.query<EnumRow>(ENUMS_SQL)).map((row) => [row.name, row.values]));
  return { tables, enums };
}

function action(code: string): ReferentialAction {
  const sql = ACTIONS[code];
  if (!sql) throw new Error(`schema-shape: unknown referential action code ${code} in pg_constraint.`);
  return sql;
}

/** format_type() and pg_get_indexdef() quote mixed-case names: "DataSource"[]. */
function unquote(sql: string): string {
  return sql.replace(/"((?:[^"]|"")*)"/g, (_, name: string) => name.replaceAll('""', '"'));
}

import type { ColumnShape, DatabaseShape, ForeignKeyShape, IndexShape, TableShape } from "./database-shape";

// Every way a database differs from the shape schema.prisma implies, one readable line
// each. Things the database has and the schema does not are drift too: Prisma Migrate
// would drop them in the next migration it generated.

const EXTRA = "exists in the database but not in schema.prisma";

export function compareSchemaShapes(expected: DatabaseShape, actual: DatabaseShape): string[] {
  const differences: string[] = [];
  for (const name of unionOfKeys(expected.enums, actual.enums)) {
    const [want, have] = [expected.enums[name], actual.enums[name]];
    if (!have) differences.push(`enum ${name} missing from the database`);
    else if (!want) differences.push(`enum ${name} ${EXTRA}`);
    else if (list(want) !== list(have)) {
      differences.push(`enum ${name}: expected values ${list(want)}, database has ${list(have)}`);
    }
  }
  for (const name of unionOfKeys(expected.tables, actual.tables)) {
    const [want, have] = [expected.tables[name], actual.tables[name]];
    if (!have) differences.push(`table ${name} missing from the database`);
    else if (!want) differences.push(`table ${name} ${EXTRA}`);
    else differences.push(...compareTables(name, want, have));
  }
  return differences;
}

function compareTables(table: string, want: TableShape, have: TableShape): string[] {
  const differences: string[] = [];
  for (const name of unionOfKeys(want.columns, have.columns)) {
    const [wantColumn, haveColumn] = [want.columns[name], have.columns[name]];
    if (!haveColumn) differences.push(`column ${table}.${name} missing from the database`);
    else if (!wantColumn) differences.push(`column ${table}.${name} ${EXTRA}`);
    else differences.push(...compareColumns(`column ${table}.${name}`, wantColumn, haveColumn));
  }
  const [wantKey, haveKey] = [
    want.primaryKey ? list(want.primaryKey) : "none",
    have.primaryKey ? list(have.primaryKey) : "none",
  ];
  if (wantKey !== haveKey) differences.push(`primary key of ${table}: expected ${wantKey}, database has ${haveKey}`);
  differences.push(
    ...compareLists(
      want.indexes.map((i) => describeIndex(table, i)),
      have.indexes.map((i) => describeIndex(table, i)),
    ),
  );
  differences.push(...compareForeignKeys(table, want.foreignKeys, have.foreignKeys));
  return differences;
}

function compareColumns(label: string, want: ColumnShape, have: ColumnShape): string[] {
  const differences: string[] = [];
  if (want.type !== have.type) differences.push(`${label}: expected type ${want.type}, database has ${have.type}`);
  if (!want.nullable && have.nullable) differences.push(`${label}: expected NOT NULL, database allows NULL`);
  if (want.nullable && !have.nullable) differences.push(`${label}: expected nullable, database has NOT NULL`);
  if (want.default !== have.default) {
    const wanted = want.default === null ? "no default" : `default ${want.default}`;
    const found = have.default === null ? "no default" : `default ${have.default}`;
    differences.push(`${label}: expected ${wanted}, database has ${found}`);
  }
  return differences;
}

function compareForeignKeys(table: string, want: ForeignKeyShape[], have: ForeignKeyShape[]): string[] {
  const describe = (key: ForeignKeyShape) =>
    `foreign key ${table}${list(key.columns)} -> ${key.referencedTable}${list(key.referencedColumns)}`;
  const differences = compareLists(want.map(describe), have.map(describe));
  for (const wanted of want) {
    const found = have.find((key) => describe(key) === describe(wanted));
    if (!found) continue;
    for (const rule of ["onDelete", "onUpdate"] as const) {
      const verb = rule === "onDelete" ? "ON DELETE" : "ON UPDATE";
      if (wanted[rule] !== found[rule]) {
        differences.push(`${describe(wanted)}: expected ${verb} ${wanted[rule]}, database has ${verb} ${found[rule]}`);
      }
    }
  }
  return differences;
}

function describeIndex(table: string, index: IndexShape): string {
  const kind = (index.unique ? "unique index" : "index") + (index.method === "btree" ? "" : ` (${index.method})`);
  return `${kind} on ${table}${list(index.columns)}${index.predicate ? ` WHERE ${index.predicate}` : ""}`;
}

/** Multiset difference of described items, so a duplicated index counts as extra. */
function compareLists(want: string[], have: string[]): string[] {
  const unmatched = [...have];
  const differences: string[] = [];
  for (const item of want) {
    const at = unmatched.indexOf(item);
    if (at >= 0) unmatched.splice(at, 1);
    else differences.push(`${item} missing from the database`);
  }
  return [...differences, ...unmatched.map((item) => `${item} ${EXTRA}`)];
}

function unionOfKeys(a: object, b: object): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
}

function list(names: string[]): string {
  return `(${names.join(", ")})`;
}

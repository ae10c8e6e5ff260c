// The parts of a PostgreSQL schema that `prisma migrate diff` would compare, in one
// plain form. The shape schema.prisma implies and the shape a migrated database has
// are both built into it, so a drift check is a comparison of two values.

/** Referential actions as PostgreSQL spells them. */
export type ReferentialAction = "CASCADE" | "RESTRICT" | "NO ACTION" | "SET NULL" | "SET DEFAULT";

export type ColumnShape = {
  /** As format_type() prints it, e.g. "timestamp(3) without time zone", "text[]". */
  type: string;
  nullable: boolean;
  /** Canonical form (see column-default.ts), or null when the column has no default. */
  default: string | null;
};

export type IndexShape = {
  /** Key columns in order; a descending column reads "name DESC". */
  columns: string[];
  unique: boolean;
  /** Access method: "btree", "hash", "gin", ... */
  method: string;
  /** The WHERE clause of a partial index, else null. */
  predicate: string | null;
};

export type ForeignKeyShape = {
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
  onDelete: ReferentialAction;
  onUpdate: ReferentialAction;
};

export type TableShape = {
  columns: Record<string, ColumnShape>;
  primaryKey: string[] | null;
  /** Every index except the primary key's, unique ones included. */
  indexes: IndexShape[];
  foreignKeys: ForeignKeyShape[];
};

export type DatabaseShape = {
  tables: Record<string, TableShape>;
  /** Enum type name -> its values in order. */
  enums: Record<string, string[]>;
};

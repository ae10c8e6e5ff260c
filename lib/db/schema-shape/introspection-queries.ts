// pg_catalog queries behind introspect-database-shape.ts. They read only the current
// schema, so PGlite and PostgreSQL answer alike, and return name lists as JSON, which
// both drivers decode into arrays.

const OWN_TABLES = `n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'`;

export const COLUMNS_SQL = `
SELECT c.relname AS table_name, a.attname AS column_name, format_type(a.atttypid, a.atttypmod) AS type,
       a.attnotnull AS not_null, pg_get_expr(d.adbin, d.adrelid) AS default_sql
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE ${OWN_TABLES}
ORDER BY c.relname, a.attnum`;

export const CONSTRAINTS_SQL = `
SELECT c.relname AS table_name, con.contype::text AS kind,
       (SELECT json_agg(a.attname ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
          JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) AS columns,
       rc.relname AS referenced_table,
       (SELECT json_agg(a.attname ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
          JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum) AS referenced_columns,
       con.confdeltype::text AS on_delete, con.confupdtype::text AS on_update
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_class rc ON rc.oid = con.confrelid
WHERE ${OWN_TABLES} AND con.contype IN ('p', 'f')
ORDER BY c.relname, con.conname`;

// indkey and indoption are int2vectors, which are indexed from 0.
export const INDEXES_SQL = `
SELECT c.relname AS table_name, am.amname AS method, ix.indisunique AS is_unique,
       pg_get_expr(ix.indpred, ix.indrelid) AS predicate,
       (SELECT json_agg(pg_get_indexdef(ix.indexrelid, k.n, true)
                        || CASE WHEN (ix.indoption[k.n - 1]::int & 1) = 1 THEN ' DESC' ELSE '' END ORDER BY k.n)
          FROM generate_series(1, ix.indnkeyatts) AS k(n)) AS columns
FROM pg_index ix
JOIN pg_class c ON c.oid = ix.indrelid
JOIN pg_class i ON i.oid = ix.indexrelid
JOIN pg_am am ON am.oid = i.relam
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE ${OWN_TABLES} AND NOT ix.indisprimary
ORDER BY c.relname, i.relname`;

export const ENUMS_SQL = `
SELECT t.typname AS name, json_agg(e.enumlabel ORDER BY e.enumsortorder) AS values
FROM pg_type t
JOIN pg_enum e ON e.enumtypid = t.oid
JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE n.nspname = current_schema()
GROUP BY t.typname
ORDER BY t.typname`;

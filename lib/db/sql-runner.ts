import "server-only";

/** The little SQL surface migrations need, so one runner serves PGlite and PostgreSQL. */
export interface SqlRunner {
  /** Runs a script that may hold several statements. */
  exec(sql: string): Promise<void>;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
}

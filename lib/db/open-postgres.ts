import "server-only";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { DatabaseUnavailableError, describePostgresUrl } from "./errors";
import type { DatabaseHandle } from "./database-handle";

/** Connects to PostgreSQL and proves the connection works before anything else runs. */
export async function openPostgres(url: string): Promise<DatabaseHandle> {
  const where = describePostgresUrl(url);
  const pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: 5000, max: 10 });
  // An idle pooled connection that the server drops must not crash the process.
  pool.on("error", (error) => console.error(`PostgreSQL connection lost (${where}): ${error.message}`));
  try {
    await pool.query("SELECT 1");
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new DatabaseUnavailableError(`Cannot connect to PostgreSQL at ${where}: ${reason(error)}`);
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    kind: "postgres",
    description: `PostgreSQL at ${where}`,
    prisma,
    runner: {
      exec: async (sql) => void (await pool.query(sql)),
      query: async (sql, params) => (await pool.query(sql, params as unknown[])).rows,
    },
    close: async () => {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

function reason(error: unknown): string {
  const err = error as NodeJS.ErrnoException;
  if (err.code === "ECONNREFUSED") return "connection refused (is the server running?)";
  if (err.code === "ENOTFOUND") return "host not found";
  if (err.code === "28P01") return "password authentication failed";
  if (err.code === "3D000") return "database does not exist";
  return err.message.split("\n")[0] ?? String(error);
}

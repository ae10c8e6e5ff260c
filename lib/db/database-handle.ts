import type { PrismaClient } from "./generated/client";
import type { SqlRunner } from "./sql-runner";

/** An open database, whichever kind: what the rest of the app is given. */
export type DatabaseHandle = {
  kind: "postgres" | "embedded";
  /** For logs and the start-up banner; never contains a password. */
  description: string;
  prisma: PrismaClient;
  /** Raw SQL for migrations, which need multi-statement scripts. */
  runner: SqlRunner;
  close(): Promise<void>;
};

import "server-only";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import lockfile from "proper-lockfile";
import { PrismaClient } from "./generated/client";
import { DatabaseUnavailableError } from "./errors";
import type { DatabaseHandle } from "./database-handle";

// PGlite is one process's database: two processes writing the same folder would
// corrupt it. The first process takes a lock on the folder (proper-lockfile keeps it
// fresh, so a crashed owner's lock goes stale and is taken over); any other process
// is refused with a message naming the owner, before it opens a single file.

const STALE_AFTER_MS = 10_000;

export async function openEmbedded(dataDir: string, staleAfterMs = STALE_AFTER_MS): Promise<DatabaseHandle> {
  if (dataDir === ":memory:") return wrap(await PGlite.create(), "embedded database in memory", async () => {});
  const dir = path.resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const release = await takeLock(dir, staleAfterMs);
  try {
    const pglite = await PGlite.create(path.join(dir, "pgdata"));
    return wrap(pglite, `embedded database in ${dir}`, release);
  } catch (error) {
    await release();
    throw new DatabaseUnavailableError(`Cannot open the embedded database in ${dir}: ${(error as Error).message}`);
  }
}

async function takeLock(dir: string, staleAfterMs: number): Promise<() => Promise<void>> {
  const ownerFile = path.join(dir, "owner.json");
  try {
    const release = await lockfile.lock(dir, {
      lockfilePath: path.join(dir, "lock"),
      stale: staleAfterMs,
      realpath: false,
      // Without the lock another process may open the folder: stop before writing more.
      onCompromised: (error) => {
        console.error(`msc-tracker: lost the lock on the embedded database in ${dir} (${error.message}); stopping.`);
        process.exit(1);
      },
    });
    writeFileSync(ownerFile, JSON.stringify({ pid: process.pid, command: process.argv.slice(1).join(" ") }));
    return release;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ELOCKED") throw error;
    throw new DatabaseUnavailableError(
      `The embedded database in ${dir} is in use by another process (${describeOwner(ownerFile)}); ` +
        "stop it first, or set DATA_DIR to another folder.",
    );
  }
}

function describeOwner(ownerFile: string): string {
  try {
    const owner = JSON.parse(readFileSync(ownerFile, "utf8")) as { pid: number; command: string };
    return `pid ${owner.pid}: ${owner.command}`;
  } catch {
    return "owner unknown";
  }
}

function wrap(pglite: PGlite, description: string, release: () => Promise<void>): DatabaseHandle {
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    kind: "embedded",
    description,
    prisma,
    runner: {
      exec: async (sql) => void (await pglite.exec(sql)),
      query: async <Row>(sql: string, params?: unknown[]) => (await pglite.query<Row>(sql, params)).rows,
    },
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
      await release();
    },
  };
}

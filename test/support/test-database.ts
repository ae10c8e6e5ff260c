import { randomBytes } from "node:crypto";
import pg from "pg";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import { openEmbedded } from "@/lib/db/open-embedded";
import { openPostgres } from "@/lib/db/open-postgres";

/** Both databases the app supports; integration tests run once on each. */
export const DATABASE_KINDS = ["embedded", "postgres"] as const;
export type DatabaseKind = (typeof DATABASE_KINDS)[number];

function serverUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is not set: run integration tests through `npm run test:integration`.");
  return url;
}

/** A URL for a brand-new empty database on the test PostgreSQL server, and its disposal. */
export async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `msc_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** An empty database of the given kind; close() also deletes it. */
export async function openTestDatabase(kind: DatabaseKind): Promise<DatabaseHandle> {
  if (kind === "embedded") return openEmbedded(":memory:");
  const { url, drop } = await createPostgresDatabase();
  const db = await openPostgres(url);
  return { ...db, close: async () => (await db.close(), await drop()) };
}

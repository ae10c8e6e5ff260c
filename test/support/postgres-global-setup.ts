import { startPostgres } from "./postgres-server";

// Vitest global setup for the integration project: every integration test runs on
// the embedded database and on a real PostgreSQL. TEST_DATABASE_URL (set by .ci/run)
// names a server to use; without it, a throwaway server is started for this run.
export default async function setup() {
  if (process.env.TEST_DATABASE_URL) return;
  const server = await startPostgres();
  process.env.TEST_DATABASE_URL = server.url;
  return () => server.stop();
}

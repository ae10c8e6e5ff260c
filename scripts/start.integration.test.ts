import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

// What a person sees when `npm start` cannot reach its database: one line naming the
// problem, exit status 1, and no stack trace. Runs the real start-up script; it stops
// before building or serving anything.
function start(env: Record<string, string>) {
  const result = spawnSync(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/start.ts"], {
    env: { ...process.env, PORT: "3999", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, lines: result.stderr.trim().split("\n"), stdout: result.stdout };
}

describe("npm start with a bad DATABASE_URL", () => {
  it("names an unreachable server", () => {
    const { status, lines } = start({ DATABASE_URL: "postgresql://tracker:secret@127.0.0.1:1/msc" });
    expect(status).toBe(1);
    expect(lines).toEqual([
      "msc-tracker: Cannot connect to PostgreSQL at 127.0.0.1:1/msc: connection refused (is the server running?)",
    ]);
  });

  it("names a URL that is not PostgreSQL's", () => {
    const { status, lines } = start({ DATABASE_URL: "mysql://root@localhost/msc" });
    expect(status).toBe(1);
    expect(lines).toEqual([
      "msc-tracker: Invalid setting DATABASE_URL: DATABASE_URL must be a postgresql:// URL (leave it unset to use the embedded database)",
    ]);
  });

  it("names a database that does not exist, without echoing the password", () => {
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.password = "hunter2";
    url.pathname = "/no_such_database";
    const { status, lines } = start({ DATABASE_URL: url.toString() });
    expect(status).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^msc-tracker: Cannot connect to PostgreSQL at 127\.0\.0\.1:\d+\/no_such_database: database does not exist$/,
    );
    expect(lines[0]).not.toContain("hunter2");
  });

  it("names an invalid PORT", () => {
    const { status, lines } = start({ PORT: "http" });
    expect(status).toBe(1);
    expect(lines).toEqual(["msc-tracker: Invalid setting PORT: PORT must be a port number"]);
  });
});

import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DatabaseUnavailableError } from "./errors";
import { openEmbedded } from "./open-embedded";

const tsx = path.resolve("node_modules/.bin/tsx");
const holder = path.resolve("test/support/hold-embedded-database.ts");

// Node itself with tsx's loader, not the tsx wrapper: the pid is the database owner's
// and SIGKILL really kills it (the wrapper would leave its child running).
function startHolder(dir: string): Promise<ChildProcess> {
  const args = ["--conditions=react-server", "--import", "tsx", holder, dir];
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve(child));
    child.on("exit", (code) => reject(new Error(`holder exited with ${code}`)));
  });
}

describe("the embedded database folder", () => {
  const dirs: string[] = [];
  const children: ChildProcess[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), "msc-embedded-"));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const child of children.splice(0)) child.kill("SIGKILL");
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("refuses a second process with a message naming the owner, and the owner's data survives", async () => {
    const dir = tempDir();
    const owner = await startHolder(dir);
    children.push(owner);

    const attempt = openEmbedded(dir);
    await expect(attempt).rejects.toBeInstanceOf(DatabaseUnavailableError);
    await expect(attempt).rejects.toThrow(new RegExp(`in use by another process \\(pid ${owner.pid}: `));

    // The app's own command-line tools say the same thing in one line and exit non-zero.
    const cli = spawnSync(tsx, ["--conditions=react-server", "scripts/db-migrate.ts"], {
      env: { ...process.env, DATA_DIR: dir, DATABASE_URL: "" },
      encoding: "utf8",
    });
    expect(cli.status).toBe(1);
    expect(cli.stderr.trim().split("\n")).toHaveLength(1);
    expect(cli.stderr).toMatch(/^msc-tracker: The embedded database in .* is in use by another process/);

    owner.kill("SIGTERM");
    await new Promise((resolve) => owner.once("exit", resolve));
  });

  it("is taken over after its owner crashed, with the owner's data intact", async () => {
    const dir = tempDir();
    const owner = await startHolder(dir);
    owner.kill("SIGKILL");
    await new Promise((resolve) => owner.once("exit", resolve));
    // A killed owner cannot release its lock; it goes stale once no longer refreshed.
    await new Promise((resolve) => setTimeout(resolve, 2_500));

    const db = await openEmbedded(dir, 2_000);
    try {
      const row = await db.prisma.proposal.findUnique({ where: { number: 4242 } });
      expect(row?.title).toBe("MSC4242: written by the first process");
    } finally {
      await db.close();
    }
  });

  it("keeps its data when reopened by the same kind of process later", async () => {
    const dir = tempDir();
    const owner = await startHolder(dir);
    owner.kill("SIGTERM");
    await new Promise((resolve) => owner.once("exit", resolve));
    const db = await openEmbedded(dir, 2_000);
    try {
      expect(await db.prisma.proposal.count()).toBe(1);
    } finally {
      await db.close();
    }
  });
});

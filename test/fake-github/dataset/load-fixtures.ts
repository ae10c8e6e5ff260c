import { readFileSync } from "node:fs";
import path from "node:path";
import { FIXTURE_FILE_NAMES, expandFixtures, type FixtureFiles } from "./fixture-files";
import type { GitHubDataset } from "./github-types";
import type { ThreadRecord } from "./source-records";
import { withSyntheticMscs } from "./with-synthetic-mscs";

/** test/fixtures/github: written by scripts/build-github-fixtures.ts from ../shared/data. */
export const FIXTURES_DIR = path.resolve(import.meta.dirname, "../../fixtures/github");

export function readFixtureFiles(dir: string = FIXTURES_DIR): FixtureFiles {
  const entries = Object.entries(FIXTURE_FILE_NAMES).map(([key, file]) => [
    key,
    JSON.parse(readFileSync(path.join(dir, file), "utf8")) as unknown,
  ]);
  return Object.fromEntries(entries) as FixtureFiles;
}

let cached: { dataset: GitHubDataset; records: ThreadRecord[] } | null = null;

/**
 * The real-data dataset from the committed fixtures, optionally grown to `scale` MSCs
 * with synthetic ones. Each call returns a fresh copy that callers may mutate.
 */
export function loadFixtureDataset(options: { scale?: number; seed?: string } = {}): GitHubDataset {
  if (!cached) {
    const files = readFixtureFiles();
    cached = { dataset: expandFixtures(files), records: files.sourceRecords };
  }
  if (options.scale === undefined) return structuredClone(cached.dataset);
  return withSyntheticMscs(cached.dataset, cached.records, { totalMscs: options.scale, seed: options.seed });
}

export function loadSourceRecords(): ThreadRecord[] {
  if (!cached) loadFixtureDataset();
  return structuredClone(cached!.records);
}

// Builds test/fixtures/github/*.json (the fake GitHub's data) from the real records in
// ../shared/data. Run after changing the dataset builder or the records:
//   npx tsx scripts/build-github-fixtures.ts [path/to/shared/data]
// Tests read only the fixtures, never ../shared.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import prettier from "prettier";
import { DEFAULT_SEED, buildGitHubDataset } from "../test/fake-github/dataset/build-dataset";
import { FIXTURE_FILE_NAMES, compactDataset, type FixtureFiles } from "../test/fake-github/dataset/fixture-files";
import { FIXTURES_DIR } from "../test/fake-github/dataset/load-fixtures";
import {
  normalizeSharedData,
  type RawCommentIndexEntry,
  type RawSharedData,
} from "../test/fake-github/dataset/source-records";

const dataDir = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, "../../shared/data"));
const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(dataDir, file), "utf8"));

const index = readJson("mscbot-comments/index.json") as RawCommentIndexEntry[];
const raw: RawSharedData = {
  mscs: readJson("mscs.json") as RawSharedData["mscs"],
  nonMscThreads: readJson("non-msc-threads.json") as RawSharedData["nonMscThreads"],
  commentFiles: index.map((entry) => ({
    ...entry,
    text: readFileSync(path.join(dataDir, "mscbot-comments", entry.file), "utf8"),
  })),
};
const records = normalizeSharedData(raw);
const dataset = buildGitHubDataset(records, { seed: DEFAULT_SEED });
const files = compactDataset(dataset, records, {
  description:
    "GitHub REST objects for matrix-org/matrix-spec-proposals built from the real records in shared/data by " +
    "scripts/build-github-fixtures.ts. Real: numbers, titles, authors, states, merge times, known label sets, " +
    "proposal paths, merge commits and mscbot/concern comment texts. Generated (seeded, deterministic): everything else.",
  seed: DEFAULT_SEED,
  counts: {
    mscs: records.filter((r) => r.isMsc).length,
    nonMscThreads: records.filter((r) => !r.isMsc).length,
    issues: dataset.issues.length,
    pullRequests: dataset.issues.filter((i) => i.pull_request).length,
    comments: dataset.comments.length,
    events: dataset.events.length,
    labels: dataset.labels.length,
    users: 0,
  },
  generated: [
    "creation, update and close times (merge times are real where known)",
    "bodies: Rendered link, some metadata lines (Author/Shepherd/PRs/Date)",
    "label sets where the record's labels are null; every label event",
    "issue vs pull request where the sources do not say: >= 1500 pull request, below issue",
    "mscbot comments for FCPs without a real trail (about 3 in 4), discussion comments",
    "users' numeric ids, all ids and node ids, reactions, label colours and descriptions",
  ],
});
files.manifest.counts.users = files.users.length;

mkdirSync(FIXTURES_DIR, { recursive: true });
let total = 0;
for (const [key, file] of Object.entries(FIXTURE_FILE_NAMES)) {
  const value = files[key as keyof FixtureFiles];
  // Formatted as prettier would, so `npm run format:check` passes on the fixtures.
  const text = await prettier.format(JSON.stringify(value), { parser: "json", printWidth: 120 });
  writeFileSync(path.join(FIXTURES_DIR, file), text);
  total += Buffer.byteLength(text);
  console.log(`${file}: ${Buffer.byteLength(text).toLocaleString("en")} bytes`);
}
console.log(`total ${total.toLocaleString("en")} bytes in ${FIXTURES_DIR}`);
console.log(JSON.stringify(files.manifest.counts));

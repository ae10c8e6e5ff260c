// The real records (../shared/data) in one normalized shape: MSCs and non-MSC threads
// alike. Everything here is a known fact; the builder invents only what is missing.

export type ThreadKind = "issue" | "pull";

export type SourceComment = { date: string; author: string; body: string };

export type ThreadRecord = {
  number: number;
  kind: ThreadKind;
  isMsc: boolean;
  /** Generated for scale tests, not a real thread. */
  synthetic: boolean;
  title: string;
  author: string | null;
  /** yyyy-mm-dd, or null when unknown. */
  createdDate: string | null;
  mergedAt: string | null;
  state: "open" | "closed" | "merged";
  /** null: unknown (not "no labels"). */
  labels: string[] | null;
  proposalPath: string | null;
  mergeCommitSha: string | null;
  comments: SourceComment[];
};

type RawMsc = {
  number: number;
  title: string;
  author: string | null;
  created_at: string | null;
  merged_at: string | null;
  state: "open" | "closed" | "merged";
  labels: string[] | null;
  mscbot_comments: { at: string; body: string }[];
  proposal_path: string | null;
  sources: string[];
};

type RawNonMsc = {
  n: number;
  type: "pull" | "issue";
  state: "open" | "closed" | "merged";
  labels: string[] | null;
  title: string;
  author: string | null;
  created_at: string | null;
  mscbot: { at: string; body: string; complete?: boolean }[];
};

export type RawCommentIndexEntry = { file: string; author: string; date: string; thread: number };

export type RawSharedData = {
  mscs: RawMsc[];
  nonMscThreads: RawNonMsc[];
  /** mscbot-comments/index.json entries with each file's text. */
  commentFiles: (RawCommentIndexEntry & { text: string })[];
};

// Issue or pull request: the sources say so when they link the thread. When they do
// not, numbers below 1500 are taken as issues (the early MSCs were issues) and the
// rest as pull requests; this is a guess, recorded as such in the fixture manifest.
const FIRST_PULL_GUESS = 1500;

function kindFromSources(number: number, sources: string[]): ThreadKind {
  for (const url of sources) {
    if (new RegExp(`/pull/${number}$`).test(url)) return "pull";
    if (new RegExp(`/issues/${number}$`).test(url)) return "issue";
  }
  return number >= FIRST_PULL_GUESS ? "pull" : "issue";
}

function mergeCommitFrom(sources: string[]): string | null {
  for (const url of sources) {
    const match = /\/commit\/([0-9a-f]{40})$/.exec(url);
    if (match) return match[1]!;
  }
  return null;
}

// The comment files start with an HTML comment describing their source.
function stripFileHeader(text: string): string {
  return text.replace(/^<!--[\s\S]*?-->\n/, "").replace(/\n+$/, "");
}

const sameComment = (a: SourceComment, b: SourceComment) =>
  a.date === b.date && a.author === b.author && a.body.slice(0, 80) === b.body.slice(0, 80);

export function normalizeSharedData(raw: RawSharedData): ThreadRecord[] {
  const records: ThreadRecord[] = raw.mscs.map((msc) => ({
    number: msc.number,
    kind: kindFromSources(msc.number, msc.sources),
    isMsc: true,
    synthetic: false,
    title: msc.title,
    author: msc.author,
    createdDate: msc.created_at,
    mergedAt: msc.merged_at,
    state: msc.state,
    labels: msc.labels,
    proposalPath: msc.proposal_path,
    mergeCommitSha: mergeCommitFrom(msc.sources),
    comments: msc.mscbot_comments.map((c) => ({ date: c.at, author: "mscbot", body: c.body })),
  }));
  for (const thread of raw.nonMscThreads) {
    records.push({
      number: thread.n,
      kind: thread.type,
      isMsc: false,
      synthetic: false,
      title: thread.title,
      author: thread.author,
      createdDate: thread.created_at,
      mergedAt: null,
      state: thread.state,
      labels: thread.labels,
      proposalPath: null,
      mergeCommitSha: null,
      // Incomplete copies are truncated duplicates of a comment kept whole elsewhere.
      comments: thread.mscbot
        .filter((c) => c.complete !== false)
        .map((c) => ({ date: c.at, author: "mscbot", body: c.body })),
    });
  }
  const byNumber = new Map(records.map((r) => [r.number, r]));
  // The comment files add what the records lack (e.g. a human @mscbot concern command).
  for (const file of raw.commentFiles) {
    const record = byNumber.get(file.thread);
    if (!record) continue;
    const comment = { date: file.date, author: file.author, body: stripFileHeader(file.text) };
    if (!record.comments.some((c) => sameComment(c, comment))) record.comments.push(comment);
  }
  for (const record of records) record.comments.sort((a, b) => a.date.localeCompare(b.date));
  return records.sort((a, b) => a.number - b.number);
}

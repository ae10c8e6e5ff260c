import { API_ORIGIN, type GitHubLabel } from "./github-types";
import { legacyNodeId } from "./ids";
import { hashString } from "./prng";
import { REPOSITORY } from "./repository";

// The repository's label list: every label seen in the data plus the process vocabulary
// of MSC-PROCESS.md, so generated histories only use labels that exist. Colours and
// descriptions are plausible, not copied from GitHub; many real labels have none.

type LabelLook = { color: string; description: string | null };

const KNOWN_LABELS: Record<string, LabelLook> = {
  proposal: { color: "5319e7", description: "A matrix spec change proposal" },
  "proposal-placeholder": { color: "fbca04", description: "A proposal which needs content before review" },
  "action-required": { color: "d93f0b", description: "The author of this proposal needs to act" },
  "proposal-in-review": { color: "0e8a16", description: null },
  "proposed-final-comment-period": {
    color: "c5def5",
    description: "Currently awaiting signoff of a majority of team members",
  },
  "final-comment-period": { color: "1d76db", description: "A proposal in its final comment period" },
  "finished-final-comment-period": { color: "0052cc", description: "The final comment period has finished" },
  "spec-pr-missing": { color: "e99695", description: "Accepted proposal without a spec PR" },
  "spec-pr-in-review": { color: "f9d0c4", description: "Accepted proposal with a spec PR in review" },
  merged: { color: "6f42c1", description: "A proposal whose changes are in the spec" },
  "proposal-postponed": { color: "bfdadc", description: null },
  abandoned: { color: "cccccc", description: "Not being pursued any further" },
  obsolete: { color: "cccccc", description: "Superseded by another proposal" },
  rejected: { color: "b60205", description: null },
  "disposition-merge": { color: "c2e0c6", description: null },
  "disposition-close": { color: "f7c6c7", description: null },
  "disposition-postpone": { color: "fef2c0", description: null },
  "unresolved-concerns": { color: "d93f0b", description: "This proposal has unresolved concerns" },
  "kind:core": { color: "0075ca", description: "MSC needed to support a core feature" },
  "kind:feature": { color: "a2eeef", description: "MSC for not-core and not-maintenance stuff" },
  "kind:maintenance": { color: "d4c5f9", description: "MSC which clarifies/updates existing spec" },
  "needs-implementation": { color: "fbca04", description: "This MSC does not have a qualifying implementation" },
  "implementation-needs-checking": { color: "fef2c0", description: null },
  "client-server": { color: "bfd4f2", description: "Client-Server API" },
  "server-server": { color: "bfd4f2", description: "Server-Server (federation) API" },
  s2s: { color: "bfd4f2", description: null },
  "identity service": { color: "bfd4f2", description: null },
  "application services": { color: "bfd4f2", description: null },
  "room-spec": { color: "bfd4f2", description: "Something to do with the room version specifications" },
  "requires-room-version": { color: "e4e669", description: "This proposal requires a new room version" },
  process: { color: "ededed", description: null },
};

// Labels the generator may use that real threads in the data never showed.
export const PROCESS_LABELS = Object.keys(KNOWN_LABELS);

export function makeLabel(name: string): GitHubLabel {
  const look = KNOWN_LABELS[name] ?? { color: colorFor(name), description: null };
  const id = 100_000_000 + (hashString(`label:${name}`) % 4_000_000_000);
  return {
    id,
    node_id: legacyNodeId("Label", id),
    url: `${API_ORIGIN}/repos/${REPOSITORY.owner}/${REPOSITORY.name}/labels/${encodeURIComponent(name)}`,
    name,
    color: look.color,
    default: false,
    description: look.description,
  };
}

function colorFor(name: string): string {
  return (hashString(`color:${name}`) & 0xffffff).toString(16).padStart(6, "0");
}

/** Every label name once, sorted as GitHub lists them (by name, case-insensitive). */
export function makeLabelList(names: Iterable<string>): GitHubLabel[] {
  const unique = new Set([...PROCESS_LABELS, ...names]);
  return [...unique].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })).map(makeLabel);
}

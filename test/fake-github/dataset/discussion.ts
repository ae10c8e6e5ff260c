import type { Rng } from "./prng";

// Ordinary review chatter for generated comments. A few mention @mscbot mid-sentence or
// quote a command, which a command parser must not obey (only a line's first word counts).

const LINES: readonly ((n: number, rng: Rng) => string)[] = [
  () => "I've left a few comments inline, but overall this looks good to me.",
  () => "Thanks for the review! I've updated the proposal to address the comments so far.",
  (n, rng) => `How does this interact with MSC${rng.int(1700, Math.max(1701, n - 1))}?`,
  (_n, rng) => `Implementation: https://github.com/element-hq/synapse/pull/${rng.int(4000, 19000)}`,
  (_n, rng) =>
    `There is a client implementation at https://github.com/matrix-org/matrix-js-sdk/pull/${rng.int(900, 4900)}`,
  () => "Could we add an unstable prefix section, so implementations can start experimenting?",
  () => "This needs an implementation before it can go to FCP.",
  () => "I'm not convinced this belongs in the core spec; could it be a module instead?",
  () => "> Servers MUST reject the request\n\nShould this be SHOULD? Existing servers will not do this.",
  () => "Should we ask @mscbot to start FCP on this now that the implementation has landed?",
  () => "Previously discussed in #matrix-spec:matrix.org; summarising the outcome here for posterity.",
  (n) => `The spec PR for this is up: https://github.com/matrix-org/matrix-spec/pull/${1000 + (n % 1200)}`,
  () => "Rebased on main and fixed the typos pointed out above.",
  () => "Security review: no concerns from me.",
  () => "The proposal currently doesn't say what happens on a federation request from an older server.",
];

export function discussionBody(number: number, rng: Rng): string {
  const first = rng.pick(LINES)(number, rng);
  return rng.chance(0.25) ? `${first}\n\n${rng.pick(LINES)(number, rng)}` : first;
}

export const CONCERNS: readonly string[] = [
  "This needs a working implementation first",
  "The unstable prefix section is missing",
  "Backwards compatibility with older clients is unclear",
  "Security considerations are incomplete",
];

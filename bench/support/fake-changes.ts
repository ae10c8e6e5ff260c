import type { FakeGitHub } from "@/test/fake-github/start-fake-github";

// A typical quiet hour on the repository, made through the fake's state API the way
// GitHub would record it: 3 label changes, 1 title edit, 2 new comments (one of them
// mscbot proposing FCP). MSC4543 and MSC4531 are real MSCs in the recorded data.

export const CHANGES_DESCRIPTION = "3 label changes, 1 title edit, 2 new comments (1 mscbot status)";

export function makeTypicalChanges(fake: FakeGitHub): void {
  const { state } = fake;
  state.advance(3600);
  state.addLabels(4543, ["proposed-final-comment-period", "disposition-merge"], "turt2live");
  state.removeLabels(4531, [state.issue(4531).labels[0]!.name], "turt2live");
  state.editIssue(4531, { title: `${state.issue(4531).title} (revised)` });
  state.addComment(4543, {
    author: "mscbot",
    body: [
      "Team member @turt2live has proposed to merge this. The next step is review by the rest of the tagged people:",
      "",
      "- [x] @turt2live",
      "- [ ] @richvdh",
      "",
      "Concerns:",
      "",
      "* an implementation is needed",
    ].join("\n"),
  });
  state.addComment(4543, {
    author: "richvdh",
    body: "Looks plausible.\n\n@mscbot concern an implementation is needed",
  });
}

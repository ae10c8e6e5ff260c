import type { FakeGitHub } from "@/test/fake-github/start-fake-github";
import { mscbotStatusComment } from "@/test/support/mscbot-status-comment";

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
    body: mscbotStatusComment({
      proposer: "turt2live",
      disposition: "merge",
      reviewers: [
        { login: "turt2live", approved: true },
        { login: "richvdh", approved: false },
      ],
      concerns: ["an implementation is needed"],
    }),
  });
  state.addComment(4543, {
    author: "richvdh",
    body: "Looks plausible.\n\n@mscbot concern an implementation is needed",
  });
}

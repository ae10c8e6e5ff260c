/**
 * A status comment in the format mscbot writes today (MSC-PROCESS.md): the proposal,
 * one checkbox per tagged member, and open concerns. For tests and benchmarks that
 * post one to the fake GitHub or a webhook.
 */
export function mscbotStatusComment(options: {
  proposer: string;
  disposition: "merge" | "close" | "postpone";
  reviewers: { login: string; approved: boolean }[];
  concerns?: string[];
}): string {
  const lines = [
    `Team member @${options.proposer} has proposed to ${options.disposition} this. ` +
      "The next step is review by the rest of the tagged people:",
    "",
    ...options.reviewers.map((r) => `- [${r.approved ? "x" : " "}] @${r.login}`),
  ];
  if (options.concerns?.length) lines.push("", "Concerns:", "", ...options.concerns.map((c) => `* ${c}`));
  return lines.join("\n");
}

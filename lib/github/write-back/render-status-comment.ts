import type { FcpRoundDto } from "@/lib/fcp/fcp-dto";
import { commentMarker } from "./comment-marker";

// The status comment in mscbot-python's words (MSC-PROCESS.md, "What mscbot writes on
// GitHub today"), so GitHub readers and the tracker's own mscbot importer read an
// app-run round as they read one of mscbot's. The marker goes last: the importer reads
// the header from the first line. Nothing here says `@mscbot`, which would make the
// sync look for commands in it.

export type StatusCommentContext = {
  /** The tracker page of the proposal, when the app knows its public URL. */
  trackerUrl?: string | null;
  thresholdPercent: number;
};

export function renderStatusComment(round: FcpRoundDto, context: StatusCommentContext): string {
  const lines: string[] = [];
  if (round.phase === "cancelled") {
    lines.push(
      `**This FCP proposal has been cancelled by ${round.cancelled_by ? `@${round.cancelled_by}` : "a member"}.**`,
      "",
    );
  }
  lines.push(
    `Team member @${round.proposed_by} has proposed to **${round.disposition}** this. ` +
      "The next step is review by the rest of the tagged people:",
    "",
    // The members counted towards the threshold: recusals and leavers are not asked.
    ...round.roster
      .filter((entry) => entry.counted)
      .map((entry) => `- [${entry.position === "approve" ? "x" : " "}] @${entry.login}`),
  );
  if (round.concerns.length > 0) {
    lines.push(
      "",
      "Concerns:",
      "",
      ...round.concerns.map((c) => {
        const text = oneLine(c.text);
        return c.resolved ? `* ~~${text}~~` : `* ${text}`;
      }),
    );
  }
  const where = context.trackerUrl ? `[MSC Tracker](${context.trackerUrl})` : "MSC Tracker";
  lines.push(
    "",
    `Once at least ${context.thresholdPercent}% of reviewers approve (and there are no outstanding concerns), ` +
      "this will enter its final comment period. If you spot a major issue that hasn't been raised at any point " +
      "in this process, please speak up!",
    "",
    `This FCP is run in ${where}: tagged members record their review and concerns there.`,
    "",
    commentMarker(round.id, "status"),
  );
  return lines.join("\n");
}

/** A concern is one list item: mscbot joins its words with single spaces too. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

// Every comment write-back posts ends with a hidden marker naming the round and the
// comment's kind. It is how the app finds its own comment when a crash came between
// GitHub creating it and the app recording its id: before creating a comment the worker
// looks for the marker, so a retry edits the comment instead of posting a second one.

export type WriteBackCommentKind = "status" | "start" | "end";

export function commentMarker(roundId: number, kind: WriteBackCommentKind): string {
  return `<!-- msc-tracker round=${roundId} kind=${kind} -->`;
}

/** Whether a comment body carries the marker of this round's comment of this kind. */
export function hasCommentMarker(
  body: string | null | undefined,
  roundId: number,
  kind: WriteBackCommentKind,
): boolean {
  return (body ?? "").includes(commentMarker(roundId, kind));
}

/** Whether a comment was written by this app's write-back (any round, any kind). */
export function isTrackerComment(body: string | null | undefined): boolean {
  return /<!-- msc-tracker round=\d+ kind=\w+ -->/.test(body ?? "");
}

// Who runs a round decides who moves it. The precedence, one rule for every writer:
// - A round run in this app (source "web") is the app's: its start and its end are
//   the app's decisions, taken by votes, resolutions and the FCP sweeps, and its
//   status is shown from the round even while GitHub's labels lag behind.
// - A round imported from mscbot's GitHub trail (source "mscbot", "sync", "webhook")
//   follows GitHub: its comments and labels are the record, so the app never starts or
//   finishes it on its own; the importer sets its times from mscbot's comments.

/** The source of a round this app runs. */
export const APP_RUN_SOURCE = "web";

/** Whether the app may start and finish this round itself. */
export function isAppRun(round: { source: string }): boolean {
  return round.source === APP_RUN_SOURCE;
}

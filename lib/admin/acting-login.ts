import type { Viewer } from "@/lib/auth/roles";

/** The viewer's login in an action's handler; the wrapper has already refused anyone not signed in. */
export function actingLogin(viewer: Viewer): string {
  if (viewer.login === null) throw new Error("A signed-in action ran without a signed-in viewer.");
  return viewer.login;
}

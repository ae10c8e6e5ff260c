// Who may do what. Roles are not a ladder: an admin manages the member list but votes
// only when also on the Spec Core Team, and a member need not be an admin. So a
// requirement is checked against the viewer's facts, and `role` is only the label a
// page shows (the most a viewer can do).

export type Role = "anonymous" | "contributor" | "member" | "admin";

export type Viewer = {
  /** GitHub login; null when not signed in. */
  login: string | null;
  role: Role;
  /** On the Spec Core Team now (an open membership period). */
  isMember: boolean;
  isAdmin: boolean;
};

/** What an action needs from its caller. "anyone" admits anonymous callers. */
export type RequiredRole = "anyone" | "contributor" | "member" | "admin";

export const ANONYMOUS: Viewer = { login: null, role: "anonymous", isMember: false, isAdmin: false };

export function makeViewer(login: string | null, facts: { isMember: boolean; isAdmin: boolean }): Viewer {
  if (login === null) return ANONYMOUS;
  const role: Role = facts.isAdmin ? "admin" : facts.isMember ? "member" : "contributor";
  return { login, role, isMember: facts.isMember, isAdmin: facts.isAdmin };
}

export function satisfies(viewer: Viewer, required: RequiredRole): boolean {
  switch (required) {
    case "anyone":
      return true;
    case "contributor":
      return viewer.login !== null;
    case "member":
      return viewer.login !== null && viewer.isMember;
    case "admin":
      return viewer.login !== null && viewer.isAdmin;
  }
}

const WHO: Record<Exclude<RequiredRole, "anyone">, string> = {
  contributor: "signed-in contributors",
  member: "Spec Core Team members",
  admin: "admins",
};

/**
 * Why a viewer may not do something, in words they can act on, or null when they may.
 * `action` is a verb phrase: "vote", "raise a concern".
 */
export function refusal(viewer: Viewer, required: RequiredRole, action: string): string | null {
  if (satisfies(viewer, required)) return null;
  if (viewer.login === null) return `Sign in to ${action}.`;
  return `Only ${WHO[required as Exclude<RequiredRole, "anyone">]} can ${action}.`;
}

/** How a role reads in the header: "Signed in as alice (SCT member)". */
export function describeRole(viewer: Viewer): string {
  if (viewer.isAdmin && viewer.isMember) return "SCT member, admin";
  return { anonymous: "anonymous", contributor: "contributor", member: "SCT member", admin: "admin" }[viewer.role];
}

import type { Viewer } from "@/lib/auth/roles";

/** What the FCP panel needs to know to offer a viewer the right controls. */
export type FcpControlsContext = {
  proposalNumber: number;
  /** The pull request is open: only then is proposing an FCP offered. */
  proposalOpen: boolean;
  viewer: Viewer;
  /** Sign-in is configured, so a hint to sign in leads somewhere. */
  canSignIn: boolean;
};

/** May this viewer act on an FCP? The routes decide; this only picks what the page offers. */
export const offersControls = (context: FcpControlsContext | undefined): context is FcpControlsContext =>
  context !== undefined && context.viewer.login !== null && context.viewer.isMember;

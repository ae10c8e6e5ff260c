import { HINT, LINK } from "./control-styles";
import type { FcpControlsContext } from "./fcp-controls-context";

/**
 * Why a reader sees no voting controls on an open FCP, in one line: a hint to sign in
 * for anonymous readers (members may be among them), the reason for everyone else.
 */
export function ViewerNote({ context }: { context: FcpControlsContext }) {
  const { viewer, proposalNumber, canSignIn } = context;
  if (viewer.isMember) return null;
  if (viewer.login === null) {
    if (!canSignIn) return null;
    const back = encodeURIComponent(`/proposals/${proposalNumber}#fcp`);
    return (
      <p className={HINT} data-testid="fcp-viewer-note">
        Spec Core Team members:{" "}
        <a href={`/api/auth/signin?callbackUrl=${back}`} className={LINK}>
          sign in
        </a>{" "}
        to take a position or raise a concern.
      </p>
    );
  }
  return (
    <p className={HINT} data-testid="fcp-viewer-note">
      You are signed in as {viewer.login}, who is not on the Spec Core Team, so you cannot vote or raise concerns here;
      comment on the pull request to be heard.
    </p>
  );
}

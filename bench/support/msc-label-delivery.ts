import { signedDelivery, webhookExample } from "@/test/support/webhook-examples";

// A recorded GitHub `issues.labeled` / `issues.unlabeled` delivery, turned into MSC4543
// gaining or losing the proposed-FCP label, and signed like GitHub signs deliveries.

export const MSC = 4543;
export const FCP_LABEL = "proposed-final-comment-period";

export function labelDelivery(options: { adding: boolean; title: string; baseLabels: string[]; secret: string }) {
  const payload = webhookExample("issues", options.adding ? "labeled" : "unlabeled");
  const labels = options.adding ? [...options.baseLabels, FCP_LABEL] : options.baseLabels;
  Object.assign(payload.issue as object, {
    number: MSC,
    title: options.title,
    state: "open",
    body: "[Rendered](https://github.com/matrix-org/matrix-spec-proposals/blob/x/proposals/4543-e2ee.md)",
    labels: labels.map((name) => ({ name })),
    // The store ignores a copy older than the one it holds: every round must be newer.
    updated_at: new Date().toISOString(),
    pull_request: { merged_at: null },
  });
  payload.label = { ...(payload.label as object), name: FCP_LABEL };
  return signedDelivery("issues", payload, options.secret);
}

/**
 * Whether the home page lists MSC4543 in its "Final comment period" section (the FCP
 * tables, where an MSC with FCP labels and no vote record appears too), which ends
 * where the "Recently changed" section starts: that list may name MSC4543 as well.
 */
export function homePageListsInFcp(html: string): boolean {
  const start = html.indexOf('id="fcp-heading"');
  const end = html.indexOf('id="recent-heading"');
  if (start < 0 || end < start) throw new Error("the home page has no FCP section followed by the recent changes");
  return html.slice(start, end).includes(`href="/proposals/${MSC}"`);
}

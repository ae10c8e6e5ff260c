import { STATUS_LABELS, type Status } from "@/lib/proposals/status";

// Colour helps scanning, but the status is always spelled out in text. The tones are
// classes in app/globals.css, as badges repeat on every row of long lists.
const TONES: Record<Status, string> = {
  draft: "zinc",
  "in-review": "sky",
  "proposed-fcp": "amber",
  fcp: "orange",
  "fcp-finished": "lime",
  "spec-pr-missing": "violet",
  "spec-pr-in-review": "indigo",
  merged: "emerald",
  postponed: "stone",
  abandoned: "stone",
  obsolete: "stone",
  rejected: "rose",
  closed: "zinc",
};

export function StatusBadge({ status }: { status: Status }) {
  return (
    <span className="status-badge" data-tone={TONES[status]}>
      {STATUS_LABELS[status]}
    </span>
  );
}

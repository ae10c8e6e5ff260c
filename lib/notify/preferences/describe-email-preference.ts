// The viewer's saved choice in one sentence, above the form: a form's checked boxes
// do not say what is stored as plainly, nor read out as one line.

type Described = {
  enabled: boolean;
  level: "every" | "significant";
  cadence: "immediate" | "daily";
  digestHour: number;
  address: string | null;
  githubEmail: string | null;
};

export function describeEmailPreference(p: Described): string {
  if (!p.enabled) return "e-mail notifications are off.";
  const which = p.level === "every" ? "every change" : "significant changes only";
  const when =
    p.cadence === "daily" ? `one digest a day at ${String(p.digestHour).padStart(2, "0")}:00 UTC` : "a mail for each";
  const to = p.address ?? p.githubEmail;
  const where = to ? `to ${to}` : "but GitHub gave no e-mail address: enter one below, or nothing can be sent";
  return `${which}, ${when}, ${where}${p.address === null && to ? " (your GitHub e-mail)" : ""}.`;
}

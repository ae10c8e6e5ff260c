import { defineFormRoute } from "@/lib/auth/define-action";
import { saveEmailPreferenceDefinition } from "@/lib/notify/preferences/save-email-preference-action";

/** POST /api/v1/me/notifications/email {enabled, level, cadence, digestHour, address?}: the caller's own settings. */
export const POST = defineFormRoute(saveEmailPreferenceDefinition, {
  redirectTo: () => "/me/notifications#email",
  successMessage: ({ enabled, cadence, digestHour }) =>
    !enabled
      ? "Saved: e-mail notifications are off."
      : cadence === "daily"
        ? `Saved: one digest a day at ${String(digestHour).padStart(2, "0")}:00 UTC.`
        : "Saved: a mail for each change, as it happens.",
});

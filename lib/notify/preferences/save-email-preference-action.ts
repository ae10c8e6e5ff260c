import "server-only";
import { userIdOf } from "@/lib/auth/user-id";
import { defineAction } from "@/lib/auth/define-action";
import type { ActionDefinition } from "@/lib/auth/run-action";
import { emailPreferenceInput } from "./email-preference-input";

type Saved = { enabled: boolean; level: "every" | "significant"; cadence: "immediate" | "daily"; digestHour: number };

/**
 * Saves the viewer's own e-mail preference (one row per person, replaced whole). The
 * audit event says what was chosen but never the address: the event log is public.
 */
export const saveEmailPreferenceDefinition: ActionDefinition<typeof emailPreferenceInput, Saved> = {
  action: "save e-mail notification settings",
  role: "contributor",
  input: emailPreferenceInput,
  handler: async ({ input, viewer, tx }) => {
    const userId = await userIdOf(tx, viewer);
    const fields = {
      enabled: input.enabled,
      level: input.level,
      cadence: input.cadence,
      digestHour: input.digestHour,
      address: input.address ?? null,
    };
    await tx.emailPreference.upsert({
      where: { userId },
      create: { userId, ...fields },
      update: fields,
    });
    const { address: _address, ...data } = fields;
    return {
      data,
      events: [{ kind: "notify.preference.saved", data: { ...data, ownAddress: input.address !== undefined } }],
    };
  },
};

export const saveEmailPreferenceAction = defineAction(saveEmailPreferenceDefinition);

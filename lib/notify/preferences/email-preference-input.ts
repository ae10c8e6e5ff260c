import { z } from "zod";

// What /me/notifications sends. A browser leaves an unchecked box and an empty field
// out of the form (run-form-action.ts), so absent means off and "use my GitHub e-mail".

const onOff = z
  .union([z.boolean(), z.enum(["on", "off", "true", "false"])], { error: "enabled must be on or off" })
  .transform((value) => value === true || value === "on" || value === "true");

const optionalAddress = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  z
    .string()
    .trim()
    .max(254, "keep the address under 255 characters")
    .pipe(z.email("that is not an e-mail address"))
    .optional(),
);

export const emailPreferenceInput = z.object({
  enabled: onOff.default(false),
  level: z.enum(["every", "significant"], { error: "level must be every or significant" }).default("significant"),
  cadence: z.enum(["immediate", "daily"], { error: "cadence must be immediate or daily" }).default("immediate"),
  digestHour: z.coerce
    .number({ error: "the digest hour must be a number" })
    .int("the digest hour must be a whole hour")
    .min(0, "the digest hour is 0 to 23 (UTC)")
    .max(23, "the digest hour is 0 to 23 (UTC)")
    .default(8),
  address: optionalAddress,
});

export type EmailPreferenceInput = z.output<typeof emailPreferenceInput>;

// The three outcomes an FCP can be proposed with (MSC-PROCESS.md, "Final comment period").

export const FCP_DISPOSITIONS = ["merge", "close", "postpone"] as const;

export type FcpDisposition = (typeof FCP_DISPOSITIONS)[number];

export function isFcpDisposition(value: string | undefined): value is FcpDisposition {
  return (FCP_DISPOSITIONS as readonly (string | undefined)[]).includes(value);
}

import type { DeliveryLogEntry } from "@/lib/notify/list-deliveries";

/** A delivery log row as the page renders it: times as ISO strings, plain data only. */
export type DeliveryLogEntryDto = Omit<DeliveryLogEntry, "createdAt" | "sentAt" | "nextAttemptAt"> & {
  createdAt: string;
  sentAt: string | null;
  nextAttemptAt: string | null;
};

export function toDeliveryLogDto(entry: DeliveryLogEntry): DeliveryLogEntryDto {
  return {
    ...entry,
    createdAt: entry.createdAt.toISOString(),
    sentAt: entry.sentAt?.toISOString() ?? null,
    nextAttemptAt: entry.nextAttemptAt?.toISOString() ?? null,
  };
}

import type { Status } from "../proposals/status";

/** How many MSCs have each status; statuses no MSC has are absent. */
export type StatusCountsDto = Partial<Record<Status, number>>;

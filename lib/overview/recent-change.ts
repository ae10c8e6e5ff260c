/** One recently changed MSC, as the home page lists it. */
export type RecentChangeDto = {
  number: number;
  title: string;
  at: string;
  /** What changed, for people: "moved from In review to Proposed FCP", "opened". */
  what: string;
};

/** How current the stored data is, for the page footer. */
export type DataFreshness = {
  /** Newest moment the data is known to reflect, or null when there is no data. */
  asOf: string | null;
  source: "snapshot" | "github" | null;
};

// What the feeds are made of, as the loaders hand it over: plain data, no Prisma types,
// so the builders stay pure and are tested without a database.

export type FeedEvent = {
  /** Unique across everything a feed shows: "event/12" or "label-change/7". */
  key: string;
  /** The event kind ("status.changed", "fcp.started", ...) or "label.added"/"label.removed". */
  kind: string;
  at: Date;
  actorLogin: string | null;
  /** The event's JSON payload as stored; read defensively, it is not typed in the database. */
  data: unknown;
  proposalNumber: number;
  proposalTitle: string;
  /** The disposition of the event's FCP round, when it belongs to a known round. */
  disposition: string | null;
};

/** One FCP round with an end time, for the calendar. */
export type FcpCalendarRound = {
  id: number;
  proposalNumber: number;
  proposalTitle: string;
  disposition: string;
  proposedBy: string;
  proposedAt: Date;
  startedAt: Date | null;
  endsAt: Date;
  completedAt: Date | null;
  cancelledAt: Date | null;
};

// An event as notifications read it: plain data, so who-gets-what and the message text
// are pure functions tested without a database.

export type NotifyEvent = {
  id: bigint;
  kind: string;
  at: Date;
  actorLogin: string | null;
  /** The event's JSON payload as stored; read defensively. */
  data: unknown;
  proposalNumber: number;
  proposalTitle: string;
  /** The disposition of the event's FCP round, when it has one. */
  disposition: string | null;
};

export function dataField(data: unknown, key: string): unknown {
  return typeof data === "object" && data !== null ? (data as Record<string, unknown>)[key] : undefined;
}

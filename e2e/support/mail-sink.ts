import { mailReadPort } from "./e2e-ports";

// The mail the e2e server sent, as the local sink (test/fakes/serve-mail-sink.ts) kept it.

export type SentMail = { to: string[]; subject: string | null; text: string; messageId: string | null };

export async function readMail(): Promise<SentMail[]> {
  const response = await fetch(`http://127.0.0.1:${mailReadPort}/messages`);
  if (!response.ok) throw new Error(`the mail sink answered ${response.status}`);
  return (await response.json()) as SentMail[];
}

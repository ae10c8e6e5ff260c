// Recognises what mscbot wrote on a proposal thread. Only its own comments count: since
// 2025 Spec Core Team members also post checklists that look like status comments.

import { normalizeNewlines } from "../markdown/prose-lines";
import {
  type MscbotFcpCancelled,
  type MscbotFcpFinished,
  type MscbotFcpStarted,
  parseFcpCancelled,
  parseFcpFinished,
  parseFcpStarted,
} from "./parse-fcp-notice";
import { type MscbotStatusComment, parseStatusComment } from "./parse-status-comment";

export type { FcpConcern, FcpReviewer, MscbotStatusComment } from "./parse-status-comment";
export type { MscbotFcpCancelled, MscbotFcpFinished, MscbotFcpStarted } from "./parse-fcp-notice";

export const MSCBOT_LOGIN = "mscbot";

export type MscbotComment = MscbotStatusComment | MscbotFcpStarted | MscbotFcpFinished | MscbotFcpCancelled;

/**
 * What an mscbot comment records, or null for anyone else's comment and for bot replies
 * that change nothing (such as "This proposal is already in FCP.").
 */
export function parseMscbotComment(authorLogin: string, body: string): MscbotComment | null {
  // GitHub logins are case-insensitive; the API returns the account's own spelling.
  if (authorLogin.toLowerCase() !== MSCBOT_LOGIN) return null;
  const text = normalizeNewlines(body).trimStart();
  return parseStatusComment(text) ?? parseFcpStarted(text) ?? parseFcpFinished(text) ?? parseFcpCancelled(text);
}

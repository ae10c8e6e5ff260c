import "server-only";
import { DeliveryError } from "./delivery-error";
import { describeFetchFailure } from "./http-failure";

// Posts to one Matrix room through the client-server API. The transaction id is the
// delivery's id: the homeserver remembers it per access token and answers a repeated
// PUT with the event it already created, so a retry after a lost answer posts nothing
// twice (spec: "Transaction identifiers").

export type MatrixRoom = { roomId: string; post: (roomId: string, txnId: string, text: string) => Promise<void> };

type MatrixError = { errcode?: string; error?: string; retry_after_ms?: number };

export function matrixRoom(options: {
  homeserverUrl: string;
  accessToken: string;
  roomId: string;
  timeoutMs: number;
}): MatrixRoom {
  const base = options.homeserverUrl.replace(/\/+$/, "");
  const post = async (roomId: string, txnId: string, text: string) => {
    const url = `${base}/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/send/m.room.message/${encodeURIComponent(txnId)}`;
    let response: Response;
    try {
      response = await fetch(url, {
        method: "PUT",
        headers: { authorization: `Bearer ${options.accessToken}`, "content-type": "application/json" },
        // m.notice: the spec's message type for bots, which clients show quieter and bots ignore.
        body: JSON.stringify({ msgtype: "m.notice", body: text }),
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (error) {
      throw new DeliveryError(describeFetchFailure(error, "Matrix homeserver"));
    }
    if (response.ok) return;
    const answer = (await response.json().catch(() => ({}))) as MatrixError;
    const code = `${response.status}${answer.errcode ? ` ${answer.errcode}` : ""}`;
    if (response.status === 429) {
      throw new DeliveryError(`Matrix rate limit (${code})`, { retryAfterMs: answer.retry_after_ms });
    }
    if (response.status === 401) throw new DeliveryError(`Matrix rejected MATRIX_ACCESS_TOKEN (${code})`);
    if (response.status === 403) {
      throw new DeliveryError(`Matrix refused (${code}): the token's user must be in ${roomId} and may post`);
    }
    throw new DeliveryError(`Matrix answered ${code}${answer.error ? ` (${answer.error})` : ""}`);
  };
  return { roomId: options.roomId, post };
}

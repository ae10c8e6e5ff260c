// What every mutating action returns: small, serialisable, and on failure a message a
// person can act on with the HTTP status a route handler answers with.

export type FailureStatus = 400 | 401 | 403 | 404 | 409 | 422 | 500;

export type ActionSuccess<T> = { ok: true; data: T };
export type ActionFailure = { ok: false; status: FailureStatus; message: string };
export type ActionResult<T> = ActionSuccess<T> | ActionFailure;

export function failure(status: FailureStatus, message: string): ActionFailure {
  return { ok: false, status, message };
}

/**
 * Thrown by an action's handler when it finds, mid-transaction, that it must not go on
 * (say the FCP closed a moment ago): the transaction rolls back, the caller gets this.
 */
export class ActionError extends Error {
  constructor(
    readonly status: Exclude<FailureStatus, 500>,
    message: string,
  ) {
    super(message);
  }
}

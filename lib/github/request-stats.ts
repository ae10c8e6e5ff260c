/** What a sync costs on GitHub: every HTTP request, the free 304s, the quota left. */
export class RequestStats {
  requests = 0;
  notModified = 0;
  rateLimitRemaining: number | null = null;
  rateLimitResetAt: Date | null = null;

  record(status: number, headers: Headers): void {
    this.requests++;
    if (status === 304) this.notModified++;
    const remaining = headers.get("x-ratelimit-remaining");
    const reset = headers.get("x-ratelimit-reset");
    if (remaining !== null) this.rateLimitRemaining = Number(remaining);
    if (reset !== null) this.rateLimitResetAt = new Date(Number(reset) * 1000);
  }
}

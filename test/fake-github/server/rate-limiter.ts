// GitHub's primary rate limit for the core resource: 60 requests an hour per address
// without a token, 5000 per token, in a window that starts with the window's first
// request. A 304 answer to a conditional request costs nothing. The clock here is the
// wall clock (clients compute waits from x-ratelimit-reset), not the data clock.

export type RateLimitSnapshot = { limit: number; remaining: number; reset: number; used: number; resource: "core" };

export type RateLimitOptions = { authenticated?: number; unauthenticated?: number; windowSeconds?: number };

type Bucket = { limit: number; used: number; resetAt: number };

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private exhaustedUntil = 0;

  constructor(
    private readonly options: RateLimitOptions = {},
    private readonly clock: () => number = Date.now,
  ) {}

  private bucket(identity: string, authenticated: boolean): Bucket {
    const now = this.clock();
    let bucket = this.buckets.get(identity);
    if (!bucket || now >= bucket.resetAt) {
      const limit = authenticated ? (this.options.authenticated ?? 5000) : (this.options.unauthenticated ?? 60);
      bucket = { limit, used: 0, resetAt: now + (this.options.windowSeconds ?? 3600) * 1000 };
      this.buckets.set(identity, bucket);
    }
    if (now < this.exhaustedUntil) {
      bucket.used = bucket.limit;
      bucket.resetAt = Math.max(bucket.resetAt, this.exhaustedUntil);
    }
    return bucket;
  }

  peek(identity: string, authenticated: boolean): RateLimitSnapshot {
    return snapshot(this.bucket(identity, authenticated));
  }

  /** Counts one request, or returns null when none is left. */
  consume(identity: string, authenticated: boolean): RateLimitSnapshot | null {
    const bucket = this.bucket(identity, authenticated);
    if (bucket.used >= bucket.limit) return null;
    bucket.used++;
    return snapshot(bucket);
  }

  /** Every caller has no requests left until `seconds` from now. */
  exhaust(seconds: number): void {
    this.exhaustedUntil = this.clock() + seconds * 1000;
    for (const bucket of this.buckets.values()) {
      bucket.used = bucket.limit;
      bucket.resetAt = this.exhaustedUntil;
    }
  }
}

function snapshot(bucket: Bucket): RateLimitSnapshot {
  return {
    limit: bucket.limit,
    remaining: Math.max(0, bucket.limit - bucket.used),
    reset: Math.ceil(bucket.resetAt / 1000),
    used: bucket.used,
    resource: "core",
  };
}

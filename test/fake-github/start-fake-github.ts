import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { GitHubDataset } from "./dataset/github-types";
import { loadFixtureDataset } from "./dataset/load-fixtures";
import { FakeGitHubState } from "./server/fake-github-state";
import { FakeOAuth, type FakeOAuthOptions } from "./server/fake-oauth";
import { Faults } from "./server/faults";
import { handleRequest, type ServerContext } from "./server/handle-request";
import { RateLimiter, type RateLimitOptions } from "./server/rate-limiter";
import type { RequestLogEntry } from "./server/request-log";

// A local stand-in for api.github.com serving recorded, realistic data for
// matrix-org/matrix-spec-proposals, so tests never reach GitHub. See README.md here.

export type StartFakeGitHubOptions = {
  /** The data to serve; default: the committed fixtures (real records). */
  dataset?: GitHubDataset;
  /** Grow the fixtures to this many MSCs with synthetic ones (ignored with `dataset`). */
  scale?: number;
  seed?: string;
  /** The data clock's start; default: the dataset's snapshot time. */
  now?: Date;
  /** Requests per hour; default 5000 with a token, 60 without (GitHub's numbers). */
  rateLimit?: RateLimitOptions;
  /** Tokens that authenticate; default: any token does. Others get 401 Bad credentials. */
  tokens?: string[];
  /** The login a token acts as (the author of comments it posts); default "msc-tracker-bot". */
  tokenLogin?: string;
  /** Loopback port to listen on; default: any free one. */
  port?: number;
  /** The OAuth app members sign in with, and who signs in; see server/fake-oauth.ts. */
  oauth?: FakeOAuthOptions;
};

export type FakeGitHub = {
  /** Base URL for Octokit's baseUrl, e.g. http://127.0.0.1:41234 */
  url: string;
  state: FakeGitHubState;
  /** Sign-in: set `oauth.defaultLogin` to choose who signs in next. */
  oauth: FakeOAuth;
  requests: RequestLogEntry[];
  faults: Faults;
  close(): Promise<void>;
};

export async function startFakeGitHub(options: StartFakeGitHubOptions = {}): Promise<FakeGitHub> {
  const dataset = options.dataset ?? loadFixtureDataset({ scale: options.scale, seed: options.seed });
  const state = new FakeGitHubState(dataset, { now: options.now });
  const oauth = new FakeOAuth(options.oauth);
  const limiter = new RateLimiter(options.rateLimit);
  const requests: RequestLogEntry[] = [];
  let url = "";
  let releaseHangs = () => {};
  const closing = new Promise<void>((resolve) => (releaseHangs = resolve));
  const context: ServerContext = {
    state,
    oauth,
    limiter,
    faults: new Faults((seconds) => limiter.exhaust(seconds)),
    log: requests,
    baseUrl: () => url,
    validTokens: options.tokens ? new Set(options.tokens) : null,
    tokenLogin: options.tokenLogin ?? "msc-tracker-bot",
    closing,
  };
  const server = createServer((req, res) => {
    handleRequest(req, res, context).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end(`fake GitHub failed: ${String(error)}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    state,
    oauth,
    requests,
    faults: context.faults,
    close: async () => {
      releaseHangs();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

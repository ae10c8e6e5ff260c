import { randomBytes } from "node:crypto";

// The fake's OAuth app state: one registered client, authorization codes (single use,
// ten minutes, as GitHub's) and the access tokens they were exchanged for, each
// belonging to one login. Tests pick who signs in with `defaultLogin` or the
// authorize URL's `login` parameter; otherwise the fake shows a sign-in form.

export type FakeOAuthOptions = {
  /** The registered OAuth app; default: any client id and secret are accepted. */
  clientId?: string;
  clientSecret?: string;
  /** Who signs in when the authorize request names nobody; default: ask with a form. */
  defaultLogin?: string;
};

type Grant = { login: string; clientId: string; redirectUri: string; expiresAt: number };

const CODE_LIFETIME_MS = 10 * 60 * 1000;

export type ExchangeResult = { token: string; login: string } | { error: string; description: string };

export class FakeOAuth {
  defaultLogin: string | null;
  readonly clientId: string | null;
  private readonly clientSecret: string | null;
  private readonly codes = new Map<string, Grant>();
  private readonly tokens = new Map<string, string>();

  constructor(options: FakeOAuthOptions = {}) {
    this.defaultLogin = options.defaultLogin ?? null;
    this.clientId = options.clientId ?? null;
    this.clientSecret = options.clientSecret ?? null;
  }

  knowsClient(clientId: string): boolean {
    return this.clientId === null || clientId === this.clientId;
  }

  issueCode(login: string, clientId: string, redirectUri: string): string {
    const code = randomBytes(10).toString("hex");
    this.codes.set(code, { login, clientId, redirectUri, expiresAt: Date.now() + CODE_LIFETIME_MS });
    return code;
  }

  exchange(code: string, clientId: string, clientSecret: string, redirectUri: string | null): ExchangeResult {
    if (!this.knowsClient(clientId) || (this.clientSecret !== null && clientSecret !== this.clientSecret)) {
      return {
        error: "incorrect_client_credentials",
        description: "The client_id and/or client_secret passed are incorrect.",
      };
    }
    const grant = this.codes.get(code);
    this.codes.delete(code); // single use, even when the exchange fails below
    if (!grant || grant.expiresAt < Date.now() || grant.clientId !== clientId) {
      return { error: "bad_verification_code", description: "The code passed is incorrect or expired." };
    }
    if (redirectUri !== null && redirectUri !== grant.redirectUri) {
      return {
        error: "redirect_uri_mismatch",
        description: "The redirect_uri MUST match the registered callback URL for this application.",
      };
    }
    const token = `gho_${randomBytes(18).toString("hex")}`;
    this.tokens.set(token, grant.login);
    return { token, login: grant.login };
  }

  /** The login an access token was issued to, or null for any other token. */
  loginFor(token: string): string | null {
    return this.tokens.get(token) ?? null;
  }
}

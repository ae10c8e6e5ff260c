// The e2e run's local servers, worked out in one place for playwright.config.ts and for
// specs that talk to the fakes directly. .ci/run sets each to a free port; the defaults
// suit a run by hand.
const env = (name: string) => (process.env[name] ? Number(process.env[name]) : undefined);

export const appPort = env("E2E_PORT") ?? 3100;
/** The fake GitHub the app syncs from and signs in with: GitHub itself is never contacted. */
export const githubPort = env("E2E_GITHUB_PORT") ?? appPort + 1;
/** The SMTP sink the app sends mail to, and the HTTP side specs read the mail from. */
export const smtpPort = env("E2E_SMTP_PORT") ?? githubPort + 1;
export const mailReadPort = env("E2E_MAIL_PORT") ?? githubPort + 2;

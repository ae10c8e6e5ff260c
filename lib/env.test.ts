import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

// The sign-in settings, whose combinations are what can go wrong.
const github = { GITHUB_CLIENT_ID: "id", GITHUB_CLIENT_SECRET: "secret" };

describe("sign-in settings", () => {
  it("defaults to github.com, no sign-in, no admins", () => {
    const settings = parseEnv({});
    expect(settings.GITHUB_WEB_URL).toBe("https://github.com");
    expect(settings.GITHUB_CLIENT_ID).toBeUndefined();
    expect(settings.DEV_SIGN_IN).toBe(false);
    expect(settings.ADMIN_GITHUB_LOGINS).toEqual([]);
  });

  it("reads admins as a lower-cased, comma-separated list", () => {
    expect(parseEnv({ ADMIN_GITHUB_LOGINS: " Turt2live, ,richvdh " }).ADMIN_GITHUB_LOGINS).toEqual([
      "turt2live",
      "richvdh",
    ]);
  });

  it("needs the OAuth client id and secret together", () => {
    expect(() => parseEnv({ GITHUB_CLIENT_ID: "id" })).toThrow(
      "Invalid setting GITHUB_CLIENT_SECRET: set GITHUB_CLIENT_ID and GITHUB_CLIENT_SECRET together (or neither)",
    );
  });

  it("needs NEXTAUTH_SECRET in production once sign-in is configured", () => {
    expect(() => parseEnv({ NODE_ENV: "production", ...github })).toThrow(/Invalid setting NEXTAUTH_SECRET: required/);
    expect(parseEnv({ NODE_ENV: "production", ...github, NEXTAUTH_SECRET: "s" }).GITHUB_CLIENT_ID).toBe("id");
    expect(parseEnv({ NODE_ENV: "production" }).NEXTAUTH_SECRET).toBeUndefined();
    expect(parseEnv({ NODE_ENV: "development", ...github }).NEXTAUTH_SECRET).toBeUndefined();
  });

  it("refuses the development sign-in in production, with a one-line reason", () => {
    expect(() => parseEnv({ NODE_ENV: "production", DEV_SIGN_IN: "true" })).toThrow(EnvError);
    expect(() => parseEnv({ NODE_ENV: "production", DEV_SIGN_IN: "true" })).toThrow(
      "Invalid setting DEV_SIGN_IN: sign-in without GitHub is for development and tests only; unset it in production",
    );
    expect(parseEnv({ NODE_ENV: "production", DEV_SIGN_IN: "false" }).DEV_SIGN_IN).toBe(false);
    expect(parseEnv({ NODE_ENV: "test", DEV_SIGN_IN: "true" }).DEV_SIGN_IN).toBe(true);
    expect(() => parseEnv({ DEV_SIGN_IN: "yes" })).toThrow("DEV_SIGN_IN must be true or false");
  });

  it("checks the URLs", () => {
    expect(parseEnv({ GITHUB_WEB_URL: "http://127.0.0.1:4010/" }).GITHUB_WEB_URL).toBe("http://127.0.0.1:4010");
    expect(() => parseEnv({ GITHUB_WEB_URL: "github.com" })).toThrow("GITHUB_WEB_URL must be an http(s):// URL");
    expect(() => parseEnv({ NEXTAUTH_URL: "localhost:3000" })).toThrow("NEXTAUTH_URL must be");
  });
});

describe("GITHUB_WRITE_BACK", () => {
  it("is off unless asked for, and reads true and false as on and off", () => {
    expect(parseEnv({}).GITHUB_WRITE_BACK).toBe("off");
    expect(parseEnv({ GITHUB_WRITE_BACK: " " }).GITHUB_WRITE_BACK).toBe("off");
    expect(parseEnv({ GITHUB_WRITE_BACK: "false" }).GITHUB_WRITE_BACK).toBe("off");
    expect(parseEnv({ GITHUB_WRITE_BACK: "Dry-Run" }).GITHUB_WRITE_BACK).toBe("dry-run");
    expect(parseEnv({ GITHUB_WRITE_BACK: "true", GITHUB_TOKEN: "t" }).GITHUB_WRITE_BACK).toBe("on");
    expect(parseEnv({ GITHUB_WRITE_BACK: "on", GITHUB_TOKEN: "t" }).GITHUB_WRITE_BACK).toBe("on");
  });

  it("refuses other words, and on without a token, in one line", () => {
    expect(() => parseEnv({ GITHUB_WRITE_BACK: "yes" })).toThrow(
      "Invalid setting GITHUB_WRITE_BACK: GITHUB_WRITE_BACK must be off, dry-run or on",
    );
    expect(() => parseEnv({ GITHUB_WRITE_BACK: "on" })).toThrow(
      /^Invalid setting GITHUB_TOKEN: GITHUB_WRITE_BACK=on needs a GITHUB_TOKEN that can write issues/,
    );
    expect(() => parseEnv({ GITHUB_WRITE_BACK: "true", GITHUB_TOKEN: "" })).toThrow(EnvError);
    // A dry run reads GitHub but writes nothing: no token needed.
    expect(parseEnv({ GITHUB_WRITE_BACK: "dry-run" }).GITHUB_TOKEN).toBeUndefined();
  });
});

describe("FCP sweep setting", () => {
  it("sweeps every minute by default, accepts fractions and 0 (off), refuses the rest", () => {
    expect(parseEnv({}).FCP_SWEEP_SECONDS).toBe(60);
    expect(parseEnv({ FCP_SWEEP_SECONDS: "0.5" }).FCP_SWEEP_SECONDS).toBe(0.5);
    expect(parseEnv({ FCP_SWEEP_SECONDS: "0" }).FCP_SWEEP_SECONDS).toBe(0);
    for (const bad of ["-1", "soon", "Infinity"]) {
      expect(() => parseEnv({ FCP_SWEEP_SECONDS: bad })).toThrow(EnvError);
    }
    expect(() => parseEnv({ FCP_SWEEP_SECONDS: "soon" })).toThrow(
      "Invalid setting FCP_SWEEP_SECONDS: FCP_SWEEP_SECONDS must be a number of seconds (0 turns it off)",
    );
  });
});

describe("notification settings", () => {
  const matrix = {
    MATRIX_HOMESERVER_URL: "https://matrix.example.org/",
    MATRIX_ACCESS_TOKEN: "syt_token",
    MATRIX_ROOM_ID: "!room:example.org",
  };

  it("sends nothing unless configured, and runs every 30 s once it is", () => {
    const settings = parseEnv({});
    expect(settings.SMTP_URL).toBeUndefined();
    expect(settings.MATRIX_ROOM_ID).toBeUndefined();
    expect(settings.MATRIX_SCOPE).toBe("all");
    expect(settings.MATRIX_LEVEL).toBe("significant");
    expect(settings.NOTIFY_INTERVAL_SECONDS).toBe(30);
    expect(parseEnv({ NOTIFY_INTERVAL_SECONDS: "0" }).NOTIFY_INTERVAL_SECONDS).toBe(0);
    expect(() => parseEnv({ NOTIFY_INTERVAL_SECONDS: "soon" })).toThrow(
      "Invalid setting NOTIFY_INTERVAL_SECONDS: NOTIFY_INTERVAL_SECONDS must be a number of seconds",
    );
  });

  it("needs an smtp URL and a sender together", () => {
    const mail = { SMTP_URL: "smtp://user:pass@127.0.0.1:2525", SMTP_FROM: "MSC Tracker <t@example.org>" };
    expect(parseEnv(mail).SMTP_URL).toBe("smtp://user:pass@127.0.0.1:2525");
    expect(() => parseEnv({ SMTP_URL: mail.SMTP_URL })).toThrow(
      "Invalid setting SMTP_FROM: SMTP_URL is set: set SMTP_FROM too",
    );
    expect(() => parseEnv({ ...mail, SMTP_URL: "mail.example.org:25" })).toThrow(
      "Invalid setting SMTP_URL: SMTP_URL must be an smtp:// or smtps:// URL",
    );
  });

  it("needs the homeserver, token and room together, and a room id rather than an alias", () => {
    expect(parseEnv(matrix).MATRIX_HOMESERVER_URL).toBe("https://matrix.example.org");
    for (const missing of Object.keys(matrix)) {
      expect(() => parseEnv({ ...matrix, [missing]: "" })).toThrow(
        "Invalid setting MATRIX_ROOM_ID: set MATRIX_HOMESERVER_URL, MATRIX_ACCESS_TOKEN and MATRIX_ROOM_ID together",
      );
    }
    expect(() => parseEnv({ ...matrix, MATRIX_ROOM_ID: "#msc:example.org" })).toThrow(
      "MATRIX_ROOM_ID must be a room id like !abcdef:example.org",
    );
    expect(() => parseEnv({ ...matrix, MATRIX_HOMESERVER_URL: "matrix.org" })).toThrow(
      "MATRIX_HOMESERVER_URL must be an http(s):// URL",
    );
  });

  it("reads the room's scope and level as words, ignoring case", () => {
    expect(parseEnv({ MATRIX_SCOPE: "Followed", MATRIX_LEVEL: "EVERY" })).toMatchObject({
      MATRIX_SCOPE: "followed",
      MATRIX_LEVEL: "every",
    });
    expect(() => parseEnv({ MATRIX_SCOPE: "some" })).toThrow(
      "Invalid setting MATRIX_SCOPE: MATRIX_SCOPE must be all or followed",
    );
    expect(() => parseEnv({ MATRIX_LEVEL: "all" })).toThrow("MATRIX_LEVEL must be significant or every");
  });
});

describe("reminder settings", () => {
  it("reminds after 3 and 7 days by default, accepts fractions and 0 (off), refuses the rest", () => {
    const settings = parseEnv({});
    expect([settings.REMINDER_POSITION_DAYS, settings.REMINDER_MERGE_DAYS]).toEqual([3, 7]);
    const set = parseEnv({ REMINDER_POSITION_DAYS: "0.0005", REMINDER_MERGE_DAYS: "0" });
    expect([set.REMINDER_POSITION_DAYS, set.REMINDER_MERGE_DAYS]).toEqual([0.0005, 0]);
    expect(() => parseEnv({ REMINDER_MERGE_DAYS: "-1" })).toThrow(
      "Invalid setting REMINDER_MERGE_DAYS: REMINDER_MERGE_DAYS must be a number of days (0 turns these reminders off)",
    );
    expect(() => parseEnv({ REMINDER_POSITION_DAYS: "weekly" })).toThrow("Invalid setting REMINDER_POSITION_DAYS");
  });
});

import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DeliveryLogTable } from "./delivery-log-table";
import { EmailPreferenceForm } from "./email-preference-form";
import { WebhookTable } from "./webhook-table";

/** The opening tag of the element with this id; React orders its attributes its own way. */
const tagOf = (html: string, id: string) => html.match(new RegExp(`<[a-z]+ [^>]*id="${id}"[^>]*>`))?.[0] ?? "";

const PREFERENCE = {
  enabled: true,
  level: "every" as const,
  cadence: "daily" as const,
  digestHour: 6,
  address: null,
  githubEmail: "alice@github.example",
  smtpConfigured: false,
};

describe("EmailPreferenceForm", () => {
  it("posts to the preference route with the stored choices checked", () => {
    const html = renderToStaticMarkup(<EmailPreferenceForm preference={PREFERENCE} />);
    expect(html).toContain('action="/api/v1/me/notifications/email"');
    expect(tagOf(html, "email-enabled")).toContain('checked=""');
    expect(tagOf(html, "email-level-every")).toContain('checked=""');
    expect(tagOf(html, "email-level-significant")).not.toContain("checked");
    expect(tagOf(html, "email-cadence-daily")).toContain('checked=""');
    expect(tagOf(html, "email-cadence-immediate")).not.toContain("checked");
    expect(html).toMatch(/<option value="6" selected="">06:00<\/option>/);
    expect(html).toContain("use your GitHub e-mail, alice@github.example");
  });
});

describe("WebhookTable", () => {
  it("offers switch-on for a webhook that is off and a delete for each, every form needing a reason", () => {
    const html = renderToStaticMarkup(
      <WebhookTable
        webhooks={[
          {
            id: 3,
            url: "https://a.example/in",
            level: "significant",
            active: true,
            createdBy: "root",
            createdAt: "2026-11-01T00:00:00Z",
          },
          {
            id: 4,
            url: "https://b.example/in",
            level: "every",
            active: false,
            createdBy: "root",
            createdAt: "2026-11-02T00:00:00Z",
          },
        ]}
      />,
    );
    expect(html).toContain('action="/api/v1/admin/webhooks/3/deactivate"');
    expect(html).not.toContain('action="/api/v1/admin/webhooks/3/reactivate"');
    expect(html).toContain('action="/api/v1/admin/webhooks/4/reactivate"');
    expect(html).toContain('action="/api/v1/admin/webhooks/4/delete"');
    for (const form of ["3-deactivate", "3-delete", "4-reactivate", "4-delete"]) {
      expect(tagOf(html, `webhook-${form}-reason`)).toMatch(
        /required=""[^>]*name="reason"|name="reason"[^>]*required=""/,
      );
    }
  });
});

describe("DeliveryLogTable", () => {
  it("shows when a pending delivery is tried next and when a sent one went", () => {
    const row = {
      channel: "webhook" as const,
      target: "https://a.example/in",
      key: "event:12",
      eventCount: 1,
      attempts: 2,
      createdAt: "2026-11-01T00:00:00Z",
    };
    const html = renderToStaticMarkup(
      <DeliveryLogTable
        deliveries={[
          {
            ...row,
            id: "a",
            status: "failed",
            lastError: "HTTP 502",
            sentAt: null,
            nextAttemptAt: "2026-11-01T00:01:00Z",
          },
          { ...row, id: "b", status: "sent", lastError: null, sentAt: "2026-11-01T00:02:00Z", nextAttemptAt: null },
        ]}
      />,
    );
    expect(html).toContain("failed, will retry");
    expect(html).toContain("HTTP 502");
    expect(html).toMatch(/next <time dateTime="2026-11-01T00:01:00Z"/i);
    expect(html).toMatch(/sent <time dateTime="2026-11-01T00:02:00Z"/i);
  });
});

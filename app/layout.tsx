import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SessionControl } from "@/components/session-control";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { getSessionControl } from "@/lib/auth/get-session-control";
import { getDataFreshness } from "@/lib/proposals/get-data-freshness";
import "./globals.css";

// Every page shows live data (the footer reads the database), so nothing is
// prerendered at build time, when the database is not open.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "MSC Tracker", template: "%s · MSC Tracker" },
  description: "Every Matrix spec change proposal, its status and its final comment period.",
  // Feed readers and browsers discover the site-wide feeds from every page.
  alternates: {
    types: {
      "application/atom+xml": [
        { url: "/feeds/status.atom", title: "MSC status changes" },
        { url: "/feeds/fcp.atom", title: "Final comment periods" },
      ],
    },
  },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [freshness, session] = await Promise.all([getDataFreshness(), getSessionControl()]);
  return (
    <html lang="en">
      <body className="min-h-screen bg-white font-sans text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
          Skip to content
        </a>
        <SiteHeader
          session={<SessionControl {...session} />}
          reader={{ signedIn: session.viewer.login !== null, isAdmin: session.viewer.isAdmin }}
        />
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">
          {children}
        </main>
        <SiteFooter freshness={freshness} now={new Date()} />
      </body>
    </html>
  );
}

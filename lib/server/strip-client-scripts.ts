// The public pages are server components only: nothing on them reacts to a click that a
// link or a plain form does not already handle. Next still ships React, React DOM and
// its router (about 130 KB gzipped) to hydrate them, which costs phones their main
// thread and the page its payload twice over (HTML, then React's copy inline). Next's
// App Router has no switch to leave that out (vercel/next.js#45009), so the server takes
// the scripts out of finished 200 pages instead.
//
// A regular expression is safe on this input: it is Next's own output, in which React
// escapes any text that looks like markup and Next escapes "</" inside inline scripts,
// so no "<script" or "</script>" can come from an MSC's text.

const SCRIPT_ELEMENT = /<script\b[^>]*>[\s\S]*?<\/script>/gi;
const SCRIPT_PRELOAD =
  /<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"[^>]*\/?>|<link\b[^>]*\brel="modulepreload"[^>]*\/?>/gi;

export function stripClientScripts(html: string): string {
  return html.replace(SCRIPT_ELEMENT, "").replace(SCRIPT_PRELOAD, "");
}

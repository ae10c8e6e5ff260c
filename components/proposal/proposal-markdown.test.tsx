import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ProposalMarkdown } from "./proposal-markdown";

const render = (markdown: string) => renderToStaticMarkup(<ProposalMarkdown markdown={markdown} />);

// What must never reach the page from an MSC body, whatever the markdown says.
const DANGEROUS = [/<script/i, /<iframe/i, /<object/i, /<embed/i, /<style/i, /\son[a-z]+=/i, /javascript:/i, /style=/i];

function expectInert(html: string) {
  for (const pattern of DANGEROUS) expect(html).not.toMatch(pattern);
}

describe("ProposalMarkdown", () => {
  it("renders GitHub-flavoured markdown: tables, task lists, strikethrough, autolinks", () => {
    const html = render(
      "| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n- [ ] open\n\n~~gone~~ https://spec.matrix.org",
    );
    expect(html).toContain("<table");
    expect(html).toContain("<td");
    expect(html).toContain("[done]");
    expect(html).toContain("[to do]");
    expect(html).toContain("<del>gone</del>");
    expect(html).toContain('href="https://spec.matrix.org"');
  });

  it("drops raw HTML: script, iframe, event handlers, styles", () => {
    const html = render(
      [
        "Intro",
        "",
        "<script>window.pwned = true</script>",
        "",
        '<img src="x" onerror="window.pwned = true">',
        "",
        '<iframe src="https://evil.example"></iframe>',
        "",
        '<div style="position:fixed;inset:0">overlay</div>',
        "",
        'Inline <b onclick="alert(1)">bold</b> and <a href="javascript:alert(1)">link</a>.',
        "",
        "<svg><script>alert(1)</script></svg>",
      ].join("\n"),
    );
    expectInert(html);
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<div style");
    expect(html).toContain("Intro");
  });

  it("neutralises javascript:, vbscript: and data: URLs in markdown links and images", () => {
    const html = render(
      "[x](javascript:alert(1)) [y](JaVaScRiPt:alert(1)) [z](vbscript:msgbox) ![i](javascript:alert(1)) [w](data:text/html;base64,PHNjcmlwdD4=)",
    );
    expectInert(html);
    expect(html).not.toMatch(/vbscript:|data:text/i);
    expect(html).toContain(">x</a>");
  });

  it("marks external links nofollow noopener, and leaves in-page links alone", () => {
    const html = render("[spec](https://spec.matrix.org/) and [below](#details)");
    expect(html).toContain('<a href="https://spec.matrix.org/" rel="nofollow noopener noreferrer"');
    expect(html).toMatch(/<a href="#details" class=/);
  });

  it("shifts headings below the page's h1 and the section's h2", () => {
    const html = render("# Title\n\n## Proposal\n\n### Detail\n\n#### Deep\n\n###### Deepest");
    expect(html).toMatch(/<h3[^>]*>Title<\/h3>/);
    expect(html).toMatch(/<h4[^>]*>Proposal<\/h4>/);
    expect(html).toMatch(/<h5[^>]*>Detail<\/h5>/);
    expect(html).toMatch(/<h6[^>]*>Deep<\/h6>/);
    expect(html).toMatch(/<h6[^>]*>Deepest<\/h6>/);
    expect(html).not.toMatch(/<h[12][\s>]/);
  });

  it("prefixes ids from the body so they cannot clobber the page's own", () => {
    const html = render("Text[^1]\n\n[^1]: A note.");
    expect(html).toContain('<li id="user-content-fn-1">');
    expect(html).toContain('href="#user-content-fn-1"');
    expect(html).not.toMatch(/id="fn-1"/);
  });
});

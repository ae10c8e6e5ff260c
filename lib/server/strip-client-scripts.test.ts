import { describe, expect, it } from "vitest";
import { stripClientScripts } from "./strip-client-scripts";

describe("stripClientScripts", () => {
  it("drops Next's script elements and script preloads, and keeps everything else", () => {
    const html = [
      '<html><head><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
      '<link rel="alternate" type="application/atom+xml" href="/feeds/status.atom"/>',
      '<script src="/_next/static/chunks/c.js" async=""></script>',
      '<script src="/_next/static/chunks/d.js" noModule=""></script><title>MSC4543</title></head>',
      "<body><main><p>Text with &lt;script&gt;alert(1)&lt;/script&gt; escaped</p></main>",
      '<script id="_R_">self.__next_r="x"</script>',
      '<script>(self.__next_f=self.__next_f||[]).push([1,"\\u003c/script\\u003e"])</script></body></html>',
    ].join("");
    expect(stripClientScripts(html)).toBe(
      '<html><head><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
        '<link rel="alternate" type="application/atom+xml" href="/feeds/status.atom"/><title>MSC4543</title></head>' +
        "<body><main><p>Text with &lt;script&gt;alert(1)&lt;/script&gt; escaped</p></main></body></html>",
    );
  });

  it("drops module preloads whatever their attribute order", () => {
    expect(stripClientScripts('<link href="/x.js" rel="modulepreload"/><p>ok</p>')).toBe("<p>ok</p>");
  });
});

import type { ComponentProps, ReactNode } from "react";
import Markdown, { type Components } from "react-markdown";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import remarkGfm from "remark-gfm";

// An MSC's text is written by anyone who opens a pull request, so it is rendered as
// hostile input. Three layers keep it inert: raw HTML is dropped (`skipHtml`; no HTML
// parser is installed, and GitHub's own rendering is one click away), rehype-sanitize
// applies GitHub's allow-list (no script, iframe, style or event attributes), and
// react-markdown's URL filter blanks `javascript:` and other unsafe protocols.
// Ids (footnotes only, as raw HTML is dropped) get a `user-content-` prefix from
// remark-rehype so they cannot clobber the page's; sanitize must not add a second
// prefix, or footnote links would point nowhere.
const SCHEMA = { ...defaultSchema, clobber: [] };

/** Body headings start two levels down, below the page's h1 and the section's h2. */
const HEADING_SHIFT = 2;
type HeadingTag = "h3" | "h4" | "h5" | "h6";

function shifted(level: number): HeadingTag {
  return `h${Math.min(level + HEADING_SHIFT, 6)}` as HeadingTag;
}

const HEADING_STYLES: Record<HeadingTag, string> = {
  h3: "mt-8 mb-3 text-xl font-semibold",
  h4: "mt-6 mb-2 text-lg font-semibold",
  h5: "mt-5 mb-2 font-semibold",
  h6: "mt-4 mb-2 font-semibold text-zinc-700 dark:text-zinc-300",
};

function heading(level: number) {
  const Tag = shifted(level);
  return function Heading({ children, id }: { children?: ReactNode; id?: string }) {
    return (
      <Tag id={id} className={HEADING_STYLES[Tag]}>
        {children}
      </Tag>
    );
  };
}

/** External links are marked so search engines give them no weight and the target gets no opener. */
function MarkdownLink({ href, children }: ComponentProps<"a">) {
  const external = href !== undefined && /^[a-z][a-z0-9+.-]*:/i.test(href);
  return (
    <a
      href={href}
      rel={external ? "nofollow noopener noreferrer" : undefined}
      className="text-sky-800 underline underline-offset-2 dark:text-sky-300"
    >
      {children}
    </a>
  );
}

/** A GFM task box as text: a disabled checkbox has no label of its own for assistive tech. */
function TaskBox({ checked, type }: ComponentProps<"input">) {
  if (type !== "checkbox") return null;
  return <span className="mr-1">{checked ? "[done]" : "[to do]"}</span>;
}

const COMPONENTS: Components = {
  h1: heading(1),
  h2: heading(2),
  h3: heading(3),
  h4: heading(4),
  h5: heading(5),
  h6: heading(6),
  a: MarkdownLink,
  input: TaskBox,
  p: ({ children }) => <p className="my-3 leading-relaxed">{children}</p>,
  ul: ({ children }) => <ul className="my-3 list-disc space-y-1 pl-6">{children}</ul>,
  ol: ({ children }) => <ol className="my-3 list-decimal space-y-1 pl-6">{children}</ol>,
  blockquote: ({ children }) => (
    <blockquote className="my-3 border-l-4 border-zinc-300 pl-4 text-zinc-700 dark:border-zinc-600 dark:text-zinc-300">
      {children}
    </blockquote>
  ),
  // Wide code and tables scroll inside the text, not the page; focusable so a keyboard can scroll them.
  pre: ({ children }) => (
    <pre
      tabIndex={0}
      className="my-3 overflow-x-auto rounded bg-zinc-100 p-3 text-sm dark:bg-zinc-900 [&_code]:bg-transparent [&_code]:p-0"
    >
      {children}
    </pre>
  ),
  code: ({ children, className }) => (
    <code className={`rounded bg-zinc-100 px-1 font-mono text-[0.9em] dark:bg-zinc-900 ${className ?? ""}`}>
      {children}
    </code>
  ),
  table: ({ children }) => (
    <div tabIndex={0} className="my-3 overflow-x-auto">
      <table className="border-collapse text-sm [&_td]:border [&_td]:border-zinc-300 [&_td]:px-2 [&_td]:py-1 dark:[&_td]:border-zinc-700 [&_th]:border [&_th]:border-zinc-300 [&_th]:px-2 [&_th]:py-1 [&_th]:text-left dark:[&_th]:border-zinc-700">
        {children}
      </table>
    </div>
  ),
  img: ({ src, alt }) => (
    // eslint-disable-next-line @next/next/no-img-element -- remote images of unknown size; Next's optimiser would proxy any host
    <img src={typeof src === "string" ? src : undefined} alt={alt ?? ""} loading="lazy" className="inline max-w-full" />
  ),
};

/** The proposal's markdown (GFM), sanitised; headings shifted below the page's own. */
export function ProposalMarkdown({ markdown }: { markdown: string }) {
  return (
    <div className="break-words">
      <Markdown remarkPlugins={[remarkGfm]} rehypePlugins={[[rehypeSanitize, SCHEMA]]} skipHtml components={COMPONENTS}>
        {markdown}
      </Markdown>
    </div>
  );
}

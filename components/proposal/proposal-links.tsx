const LINK = "text-sky-800 underline underline-offset-2 dark:text-sky-300";

/** Where else to read the MSC, and its feed; GitHub and Rendered leave the site. */
export function ProposalLinks({
  githubUrl,
  renderedUrl,
  feedUrl,
}: {
  githubUrl: string;
  renderedUrl: string | null;
  feedUrl: string;
}) {
  return (
    <ul aria-label="Links" className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm">
      <li>
        <a href={githubUrl} rel="noopener" className={LINK}>
          Pull request on GitHub
        </a>
      </li>
      {renderedUrl && (
        <li>
          <a href={renderedUrl} rel="noopener" className={LINK}>
            Rendered proposal
          </a>
        </li>
      )}
      <li>
        <a href={feedUrl} type="application/atom+xml" className={LINK}>
          Feed (Atom)
        </a>
      </li>
    </ul>
  );
}

import Link from "next/link";

/** "MSC4354", linking to the MSC's page: the name says which MSC even read out of context. */
export function ProposalLink({ number }: { number: number }) {
  return (
    <Link
      href={`/proposals/${number}`}
      className="font-mono whitespace-nowrap tabular-nums underline underline-offset-4"
    >
      MSC{number}
    </Link>
  );
}

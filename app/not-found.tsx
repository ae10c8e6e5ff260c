import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p>There is nothing at this address.</p>
      <p>
        <Link href="/" className="underline">
          Back to all proposals
        </Link>
      </p>
    </div>
  );
}

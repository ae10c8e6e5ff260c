import { fcpRoutePaths } from "@/lib/fcp/actions/fcp-route-paths";
import { SECONDARY_BUTTON } from "./control-styles";

/** One button per open concern; its name says which, for screen readers listing buttons. */
export function ResolveConcernButton({
  proposalNumber,
  concernId,
  text,
}: {
  proposalNumber: number;
  concernId: number;
  text: string;
}) {
  return (
    <form method="post" action={fcpRoutePaths.resolveConcern(proposalNumber, concernId)} className="mt-2">
      <button type="submit" className={SECONDARY_BUTTON}>
        Resolve<span className="sr-only"> the concern “{text}”</span>
      </button>
    </form>
  );
}

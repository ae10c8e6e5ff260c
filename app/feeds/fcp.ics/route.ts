import { buildFcpCalendar } from "@/lib/feeds/build-fcp-calendar";
import { feedResponse, ICS_CONTENT_TYPE } from "@/lib/feeds/feed-response";
import { loadFcpCalendarRounds } from "@/lib/feeds/load-fcp-calendar";
import { siteFromRequest } from "@/lib/feeds/site-links";

/** GET /feeds/fcp.ics: a calendar with the end of every current and recent FCP. */
export async function GET(request: Request): Promise<Response> {
  const rounds = await loadFcpCalendarRounds();
  const body = buildFcpCalendar(rounds, siteFromRequest(request));
  return feedResponse(request, body, { contentType: ICS_CONTENT_TYPE, lastModified: null });
}

import { issueCalendarFeed } from "@/lib/calendar/feed";
import { presentCalendarFeed } from "@/lib/calendar/present";
import { authenticatedRoute } from "@/lib/http/route";

/** Makes the caller a new private calendar address, retiring the old one. */
export const POST = authenticatedRoute(async ({ user }) => {
  return Response.json(presentCalendarFeed(await issueCalendarFeed(user)), { status: 201 });
});

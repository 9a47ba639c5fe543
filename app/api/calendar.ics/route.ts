// A user's calendar feed. Public: calendar apps fetch it with no session, and the secret in the
// address says whose it is.
import { readCalendarFeed } from "@/lib/calendar/feed";
import { publicRoute } from "@/lib/http/route";

export const GET = publicRoute(async ({ request }) => {
  const calendar = await readCalendarFeed(new URL(request.url).searchParams.get("token"));
  return new Response(calendar, {
    headers: { "content-type": "text/calendar; charset=utf-8", "cache-control": "private, no-store", "content-disposition": 'inline; filename="muster.ics"' },
  });
});

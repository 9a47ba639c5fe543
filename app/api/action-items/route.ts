import { listActionItems } from "@/lib/action-items/data";
import { presentActionItems } from "@/lib/action-items/present";
import { actionItemFiltersSchema } from "@/lib/action-items/schema";
import { authenticatedRoute } from "@/lib/http/route";

/** Every action item, filtered by `?owner=`, `?status=` and `?priority=` as the /action-items page is. */
export const GET = authenticatedRoute(async ({ request, user }) => {
  const filters = actionItemFiltersSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(presentActionItems(await listActionItems(user, filters)));
});

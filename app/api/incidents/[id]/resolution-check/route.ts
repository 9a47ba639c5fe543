import { authenticatedRoute } from "@/lib/http/route";
import { getResolutionCheck } from "@/lib/resolution/data";
import { presentResolutionCheck } from "@/lib/resolution/present";

/** What is still open before the incident is resolved, and the public resolution notice drafted. Writes nothing. */
export const GET = authenticatedRoute<{ id: string }>(async ({ params, user }) => {
  return Response.json(presentResolutionCheck(await getResolutionCheck(user, params.id)));
});

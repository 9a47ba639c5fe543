import { authenticate } from "@/lib/auth/session";
import type { RouteContext } from "@/lib/http/params";
import { handle, readJson } from "@/lib/http/route";
import { recordImpactStart } from "@/lib/reviews/mutations";

/** When the impact began: `{ impactStartedAt }` (null to take it back); not after detection. */
export const PUT = handle(async (request, { params }: RouteContext<{ id: string }>) => {
  return Response.json(await recordImpactStart(await authenticate(), (await params).id, await readJson(request)));
});

import { authenticatedRoute, readJson } from "@/lib/http/route";
import { presentAffectedService } from "@/lib/incidents/present";
import { markServiceRestored } from "@/lib/recovery/mutations";

/** Marks an affected service restored: `{ restoredAt?, dataLossMinutes? }`. */
export const POST = authenticatedRoute<{ id: string; key: string }>(async ({ request, params, user }) => {
  return Response.json(presentAffectedService(await markServiceRestored(user, params.id, params.key, await readJson(request))));
});

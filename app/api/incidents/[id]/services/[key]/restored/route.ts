import { authenticatedRoute, readJson } from "@/lib/http/route";
import { presentAffectedService } from "@/lib/incidents/present";
import { markServiceRestored, undoServiceRestore } from "@/lib/recovery/mutations";

/** Marks an affected service restored: `{ restoredAt?, dataLossMinutes? }`. */
export const POST = authenticatedRoute<{ id: string; key: string }>(async ({ request, params, user }) => {
  return Response.json(presentAffectedService(await markServiceRestored(user, params.id, params.key, await readJson(request))));
});

/** Undoes a restore marked by mistake: the service is down again and its clock runs. */
export const DELETE = authenticatedRoute<{ id: string; key: string }>(async ({ params, user }) => {
  return Response.json(presentAffectedService(await undoServiceRestore(user, params.id, params.key)));
});

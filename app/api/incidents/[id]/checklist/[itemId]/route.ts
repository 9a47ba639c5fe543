import { setChecklistItem } from "@/lib/checklists/mutations";
import { authenticatedRoute, readJson } from "@/lib/http/route";
import { presentChecklistItemState } from "@/lib/incidents/present";

/** Ticks or unticks a step: `{ done, version }`; a stale version is a 409 with the current item. */
export const PATCH = authenticatedRoute<{ id: string; itemId: string }>(async ({ request, params, user }) => {
  return Response.json(presentChecklistItemState(await setChecklistItem(user, params.id, params.itemId, await readJson(request))));
});

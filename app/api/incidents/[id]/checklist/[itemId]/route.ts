import { authenticate } from "@/lib/auth/session";
import { setChecklistItem } from "@/lib/checklists/mutations";
import type { RouteContext } from "@/lib/http/params";
import { handle, readJson } from "@/lib/http/route";

/** Ticks or unticks a step: `{ done, version }`; a stale version is a 409 with the current item. */
export const PATCH = handle(async (request, { params }: RouteContext<{ id: string; itemId: string }>) => {
  const { id, itemId } = await params;
  return Response.json(await setChecklistItem(await authenticate(), id, itemId, await readJson(request)));
});

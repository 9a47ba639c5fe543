import { updateActionItem } from "@/lib/action-items/mutations";
import { authenticate } from "@/lib/auth/session";
import type { RouteContext } from "@/lib/http/params";
import { handle, readJson } from "@/lib/http/route";

/** Changes an action item: any of `{ status, priority, title, ownerId, ownerName, dueDate }`. */
export const PATCH = handle(async (request, { params }: RouteContext<{ id: string }>) => {
  return Response.json(await updateActionItem(await authenticate(), (await params).id, await readJson(request)));
});

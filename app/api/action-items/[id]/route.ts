import { updateActionItem } from "@/lib/action-items/mutations";
import { presentActionItem } from "@/lib/action-items/present";
import { authenticatedRoute, readJson } from "@/lib/http/route";

/** Changes an action item: any of `{ status, priority, title, ownerId, ownerName, dueDate }`. */
export const PATCH = authenticatedRoute<{ id: string }>(async ({ request, params, user }) => {
  return Response.json(presentActionItem(await updateActionItem(user, params.id, await readJson(request))));
});

import { createActionItem } from "@/lib/action-items/mutations";
import { presentActionItem } from "@/lib/action-items/present";
import { authenticatedRoute, readJson } from "@/lib/http/route";

/** Adds an action item to the review: `{ title, ownerId | ownerName, dueDate?, priority? }`. */
export const POST = authenticatedRoute<{ id: string }>(async ({ request, params, user }) => {
  const item = await createActionItem(user, params.id, await readJson(request));
  return Response.json(presentActionItem(item), { status: 201 });
});

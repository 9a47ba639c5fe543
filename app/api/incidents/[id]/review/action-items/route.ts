import { createActionItem } from "@/lib/action-items/mutations";
import { authenticate } from "@/lib/auth/session";
import type { RouteContext } from "@/lib/http/params";
import { handle, readJson } from "@/lib/http/route";

/** Adds an action item to the review: `{ title, ownerId | ownerName, dueDate?, priority? }`. */
export const POST = handle(async (request, { params }: RouteContext<{ id: string }>) => {
  const item = await createActionItem(await authenticate(), (await params).id, await readJson(request));
  return Response.json(item, { status: 201 });
});

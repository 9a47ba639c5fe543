import { authenticatedRoute, readJson } from "@/lib/http/route";
import { postStatusUpdate } from "@/lib/status-updates/mutations";
import { presentStatusUpdate } from "@/lib/status-updates/present";

/** Posts a status update: `{ body, audience?, nextUpdateDueAt? }` (audience internal by default). */
export const POST = authenticatedRoute<{ id: string }>(async ({ request, params, user }) => {
  const update = await postStatusUpdate(user, params.id, await readJson(request));
  return Response.json(presentStatusUpdate(update), { status: 201 });
});

import { authenticate } from "@/lib/auth/session";
import type { RouteContext } from "@/lib/http/params";
import { handle, readJson } from "@/lib/http/route";
import { postStatusUpdate } from "@/lib/status-updates/mutations";

/** Posts a status update: `{ body, audience?, nextUpdateDueAt? }` (audience internal by default). */
export const POST = handle(async (request, { params }: RouteContext<{ id: string }>) => {
  const update = await postStatusUpdate(await authenticate(), (await params).id, await readJson(request));
  return Response.json(update, { status: 201 });
});

import { authenticate } from "@/lib/auth/session";
import { draftStatusUpdate } from "@/lib/communications/data";
import type { RouteContext } from "@/lib/http/params";
import { handle, readJson } from "@/lib/http/route";

/** Fills a template in for this incident: `{ templateId, audience? }` → `{ audience, subject, body }`. Writes nothing. */
export const POST = handle(async (request, { params }: RouteContext<{ id: string }>) => {
  await authenticate();
  return Response.json(await draftStatusUpdate((await params).id, await readJson(request)));
});

import { draftStatusUpdate } from "@/lib/communications/data";
import { presentDraft } from "@/lib/communications/present";
import { authenticatedRoute, readJson } from "@/lib/http/route";

/** Fills a template in for this incident: `{ templateId, audience? }` → `{ audience, subject, body }`. Writes nothing. */
export const POST = authenticatedRoute<{ id: string }>(async ({ request, params }) => {
  return Response.json(presentDraft(await draftStatusUpdate(params.id, await readJson(request))));
});

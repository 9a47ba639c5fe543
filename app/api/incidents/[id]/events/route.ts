import { authenticatedRoute } from "@/lib/http/route";
import { incidentExists, incidentNotFound } from "@/lib/incidents/data";
import { eventsAfter } from "@/lib/timeline/data";
import { presentEvent } from "@/lib/timeline/present";
import { afterSeqSchema } from "@/lib/timeline/schema";
import { parseInput } from "@/lib/validation";

/** The incident's timeline after `afterSeq`, in sequence order. */
export const GET = authenticatedRoute<{ id: string }>(async ({ request, params }) => {
  const { afterSeq } = parseInput(afterSeqSchema, Object.fromEntries(new URL(request.url).searchParams));
  if (!(await incidentExists(params.id))) throw incidentNotFound(params.id);
  return Response.json((await eventsAfter(params.id, afterSeq)).map(presentEvent));
});

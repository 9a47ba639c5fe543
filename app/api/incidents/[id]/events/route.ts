import { authenticatedRoute } from "@/lib/http/route";
import { incidentExists, incidentNotFound } from "@/lib/incidents/data";
import { eventsAfter, eventsBefore } from "@/lib/timeline/data";
import { presentEvent } from "@/lib/timeline/present";
import { timelinePageSchema } from "@/lib/timeline/schema";
import { parseInput } from "@/lib/validation";

/** The incident's timeline after `afterSeq`, or the page before `beforeSeq`, in sequence order. */
export const GET = authenticatedRoute<{ id: string }>(async ({ request, params }) => {
  const { afterSeq, beforeSeq } = parseInput(timelinePageSchema, Object.fromEntries(new URL(request.url).searchParams));
  if (!(await incidentExists(params.id))) throw incidentNotFound(params.id);
  const events = beforeSeq === undefined ? await eventsAfter(params.id, afterSeq) : await eventsBefore(params.id, beforeSeq);
  return Response.json(events.map(presentEvent));
});

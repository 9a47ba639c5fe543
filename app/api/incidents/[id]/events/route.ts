import { authenticate } from "@/lib/auth/session";
import type { RouteContext } from "@/lib/http/params";
import { handle } from "@/lib/http/route";
import { incidentExists, incidentNotFound } from "@/lib/incidents/data";
import { eventsAfter } from "@/lib/timeline/data";
import { afterSeqSchema } from "@/lib/timeline/schema";
import { parseInput } from "@/lib/validation";

/** The incident's timeline after `afterSeq`, in sequence order. */
export const GET = handle(async (request, { params }: RouteContext<{ id: string }>) => {
  await authenticate();
  const { id } = await params;
  const { afterSeq } = parseInput(afterSeqSchema, Object.fromEntries(new URL(request.url).searchParams));
  if (!(await incidentExists(id))) throw incidentNotFound(id);
  return Response.json(await eventsAfter(id, afterSeq));
});

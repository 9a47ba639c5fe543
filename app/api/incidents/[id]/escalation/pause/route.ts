import { authenticate } from "@/lib/auth/session";
import { pauseEscalation } from "@/lib/escalation/mutations";
import type { RouteContext } from "@/lib/http/params";
import { handle, readJson } from "@/lib/http/route";

/** Pauses escalation: `{ reason }`. Levels due meanwhile fire, late, on resume. */
export const POST = handle(async (request, { params }: RouteContext<{ id: string }>) => {
  const event = await pauseEscalation(await authenticate(), (await params).id, await readJson(request));
  return Response.json(event, { status: 201 });
});

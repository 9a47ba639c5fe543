import { authenticate } from "@/lib/auth/session";
import { resumeEscalation } from "@/lib/escalation/mutations";
import type { RouteContext } from "@/lib/http/params";
import { handle, readJson } from "@/lib/http/route";

/** Resumes escalation: `{ reason }`. */
export const POST = handle(async (request, { params }: RouteContext<{ id: string }>) => {
  const event = await resumeEscalation(await authenticate(), (await params).id, await readJson(request));
  return Response.json(event, { status: 201 });
});

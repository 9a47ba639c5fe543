import { authenticate } from "@/lib/auth/session";
import { escalateNow } from "@/lib/escalation/mutations";
import type { RouteContext } from "@/lib/http/params";
import { handle, readJson } from "@/lib/http/route";

/** Escalates to the next level now: `{ reason }`. */
export const POST = handle(async (request, { params }: RouteContext<{ id: string }>) => {
  const event = await escalateNow(await authenticate(), (await params).id, await readJson(request));
  return Response.json(event, { status: 201 });
});

import { authenticate } from "@/lib/auth/session";
import type { RouteContext } from "@/lib/http/params";
import { handle, readJson } from "@/lib/http/route";
import { pinEvent } from "@/lib/timeline/mutations";

/** Pins or unpins an event: `{ seq, pinned }`. */
export const POST = handle(async (request, { params }: RouteContext<{ id: string }>) => {
  const event = await pinEvent(await authenticate(), (await params).id, await readJson(request));
  return Response.json(event, { status: 201 });
});

import { authenticatedRoute, readJson } from "@/lib/http/route";
import { pinEvent } from "@/lib/timeline/mutations";

/** Pins or unpins an event: `{ seq, pinned }`. */
export const POST = authenticatedRoute<{ id: string }>(async ({ request, params, user }) => {
  const event = await pinEvent(user, params.id, await readJson(request));
  return Response.json(event, { status: 201 });
});

import { authenticatedRoute, readJson } from "@/lib/http/route";
import { pinEvent } from "@/lib/timeline/mutations";
import { presentEvent } from "@/lib/timeline/present";

/** Pins or unpins an event: `{ seq, pinned }`. */
export const POST = authenticatedRoute<{ id: string }>(async ({ request, params, user }) => {
  const event = await pinEvent(user, params.id, await readJson(request));
  return Response.json(presentEvent(event), { status: 201 });
});

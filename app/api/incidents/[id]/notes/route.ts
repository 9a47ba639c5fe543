import { authenticatedRoute, readJson } from "@/lib/http/route";
import { addNote } from "@/lib/timeline/mutations";
import { presentEvent } from "@/lib/timeline/present";

export const POST = authenticatedRoute<{ id: string }>(async ({ request, params, user }) => {
  const event = await addNote(user, params.id, await readJson(request));
  return Response.json(presentEvent(event), { status: 201 });
});

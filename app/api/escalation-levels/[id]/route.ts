import { removeEscalationLevel, updateEscalationLevel } from "@/lib/escalation/level-mutations";
import { authenticatedRoute, readJson } from "@/lib/http/route";

/** Changes an escalation level (plan admins): its name, threshold, end, audience and the contacts it brings in. */
export const PATCH = authenticatedRoute<{ id: string }>(async ({ request, params, user }) => {
  return Response.json(await updateEscalationLevel(user, params.id, await readJson(request)));
});

/** Removes an escalation level (plan admins), refused once incidents have escalated through it. */
export const DELETE = authenticatedRoute<{ id: string }>(async ({ params, user }) => {
  await removeEscalationLevel(user, params.id);
  return new Response(null, { status: 204 });
});

import { removeContact, updateContact } from "@/lib/contacts/mutations";
import { presentContact } from "@/lib/contacts/present";
import { authenticatedRoute, readJson } from "@/lib/http/route";

/** Changes a contact of the plan (plan admins); a value entered replaces the plan's demo placeholder. */
export const PATCH = authenticatedRoute<{ id: string }>(async ({ request, params, user }) => {
  return Response.json(presentContact(await updateContact(user, params.id, await readJson(request))));
});

/** Removes a contact from the plan (plan admins), refused while an escalation level brings them in or they hold a running incident's role. */
export const DELETE = authenticatedRoute<{ id: string }>(async ({ params, user }) => {
  await removeContact(user, params.id);
  return new Response(null, { status: 204 });
});

import { listContacts } from "@/lib/contacts/data";
import { addContact } from "@/lib/contacts/mutations";
import { presentContact, presentContacts } from "@/lib/contacts/present";
import { authenticatedRoute, readJson } from "@/lib/http/route";

/** The plan's contacts, every kind, in the plan's order: their ids are what PATCH /api/contacts/{id} takes. */
export const GET = authenticatedRoute(async ({ user }) => Response.json(presentContacts(await listContacts(user))));

/** Adds a contact at the end of its kind's list (plan admins): what GET shows, with kind, role, name, phone and e-mail. */
export const POST = authenticatedRoute(async ({ request, user }) => {
  return Response.json(presentContact(await addContact(user, await readJson(request))), { status: 201 });
});

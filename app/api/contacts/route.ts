import { listContacts } from "@/lib/contacts/data";
import { presentContacts } from "@/lib/contacts/present";
import { authenticatedRoute } from "@/lib/http/route";

/** The plan's contacts, every kind, in the plan's order: their ids are what PATCH /api/contacts/{id} takes. */
export const GET = authenticatedRoute(async ({ user }) => Response.json(presentContacts(await listContacts(user))));

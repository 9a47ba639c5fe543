import { listContacts } from "@/lib/contacts/data";
import { contactsVcard } from "@/lib/contacts/vcard";
import { authenticatedRoute } from "@/lib/http/route";
import { getPlanDocument } from "@/lib/plan/data";

/** Every contact of the plan as one vCard file, to import into a phone's contacts. */
export const GET = authenticatedRoute(async ({ user }) => {
  const [contacts, plan] = await Promise.all([listContacts(user), getPlanDocument(user)]);
  return new Response(contactsVcard(contacts, { version: plan.version, madeAt: new Date() }), {
    headers: {
      "content-type": "text/vcard; charset=utf-8",
      "content-disposition": 'attachment; filename="muster-contacts.vcf"',
      "cache-control": "private, no-store",
    },
  });
});

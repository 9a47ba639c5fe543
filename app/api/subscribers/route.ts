import { authenticatedRoute, readJson } from "@/lib/http/route";
import { listSubscribers } from "@/lib/subscribers/data";
import { addSubscriber } from "@/lib/subscribers/mutations";

/** Who receives stakeholder and public updates by e-mail (admins). */
export const GET = authenticatedRoute(async ({ user }) => Response.json(await listSubscribers(user)));

/** Adds a subscriber: `{ email, audience: "stakeholders" | "public" }`. */
export const POST = authenticatedRoute(async ({ request, user }) => {
  return Response.json(await addSubscriber(user, await readJson(request)), { status: 201 });
});

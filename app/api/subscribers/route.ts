import { authenticatedRoute, readJson } from "@/lib/http/route";
import { listSubscribers } from "@/lib/subscribers/data";
import { addSubscriber } from "@/lib/subscribers/mutations";
import { presentSubscriber } from "@/lib/subscribers/present";

/** Who receives stakeholder and public updates by e-mail (admins). */
export const GET = authenticatedRoute(async ({ user }) => Response.json((await listSubscribers(user)).map(presentSubscriber)));

/** Adds a subscriber: `{ email, audience: "stakeholders" | "public" }`. */
export const POST = authenticatedRoute(async ({ request, user }) => {
  return Response.json(presentSubscriber(await addSubscriber(user, await readJson(request))), { status: 201 });
});

import { authenticate } from "@/lib/auth/session";
import { handle, readJson } from "@/lib/http/route";
import { listSubscribers } from "@/lib/subscribers/data";
import { addSubscriber } from "@/lib/subscribers/mutations";

/** Who receives stakeholder and public updates by e-mail (admins). */
export const GET = handle(async () => {
  return Response.json(await listSubscribers(await authenticate()));
});

/** Adds a subscriber: `{ email, audience: "stakeholders" | "public" }`. */
export const POST = handle(async (request) => {
  return Response.json(await addSubscriber(await authenticate(), await readJson(request)), { status: 201 });
});

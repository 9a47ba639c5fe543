import { authenticatedRoute, readLimited } from "@/lib/http/route";
import { importPlanRequest } from "@/lib/plan/code/import";

/** Imports the whole plan as code (plan admins): the YAML or JSON document as the body; `?dryRun=true` only reports the changes. */
export const POST = authenticatedRoute(async ({ request, user }) => {
  const body = { text: await readLimited(request), contentType: request.headers.get("content-type") };
  return Response.json(await importPlanRequest(user, body, Object.fromEntries(new URL(request.url).searchParams)));
});

import { publicRoute } from "@/lib/http/route";
import { PUBLIC_STATUS_CACHE, publicStatusUnavailable } from "@/lib/public-status/http";
import { readPublicStatus } from "@/lib/public-status/data";
import { presentPublicStatus } from "@/lib/public-status/present";

// Read at request time, never at build.
export const dynamic = "force-dynamic";

/** The public status page as JSON: no sign-in; only what was posted to the public. */
export const GET = publicRoute(async () => {
  try {
    return Response.json(presentPublicStatus(await readPublicStatus()), { headers: PUBLIC_STATUS_CACHE });
  } catch (error) {
    return publicStatusUnavailable(error);
  }
});

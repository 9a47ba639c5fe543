import { appUrl } from "@/lib/app-url";
import { publicRoute } from "@/lib/http/route";
import { publicStatusAtom } from "@/lib/public-status/atom";
import { PUBLIC_STATUS_CACHE, publicStatusUnavailable } from "@/lib/public-status/http";
import { readPublicStatus } from "@/lib/public-status/data";
import { presentPublicStatus } from "@/lib/public-status/present";

export const dynamic = "force-dynamic";

/** The public updates as an Atom feed, for feed readers and chat integrations. */
export const GET = publicRoute(async () => {
  try {
    const feed = publicStatusAtom(presentPublicStatus(await readPublicStatus()), appUrl("/status/public"), appUrl("/status/public.atom"));
    return new Response(feed, { headers: { ...PUBLIC_STATUS_CACHE, "Content-Type": "application/atom+xml; charset=utf-8" } });
  } catch (error) {
    return publicStatusUnavailable(error);
  }
});

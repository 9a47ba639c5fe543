import { checkDatabase } from "@/lib/database/health";
import { presentHealth } from "@/lib/database/present";
import { publicRoute } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = publicRoute(async () => {
  const health = presentHealth(await checkDatabase());
  return Response.json(health, { status: health.status === "ok" ? 200 : 503 });
});

import { checkDatabase } from "@/lib/database/health";
import { publicRoute } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = publicRoute(async () => {
  const database = await checkDatabase();
  const ok = database.state === "up";
  return Response.json({ status: ok ? "ok" : "unavailable", database }, { status: ok ? 200 : 503 });
});

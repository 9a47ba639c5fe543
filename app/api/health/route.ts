import { checkDatabase } from "@/lib/database/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await checkDatabase();
  const ok = database.state === "up";
  return Response.json({ status: ok ? "ok" : "unavailable", database }, { status: ok ? 200 : 503 });
}

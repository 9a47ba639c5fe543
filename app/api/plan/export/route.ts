import { authenticatedRoute } from "@/lib/http/route";
import { exportPlanFile } from "@/lib/plan/code/export";

/** The whole plan as code, as a file to download (plan admins): `?format=yaml` (the default) or `json`. */
export const GET = authenticatedRoute(async ({ request, user }) => {
  const file = await exportPlanFile(user, Object.fromEntries(new URL(request.url).searchParams));
  return new Response(file.body, {
    headers: {
      "content-type": `${file.mediaType}; charset=utf-8`,
      "content-disposition": `attachment; filename="${file.fileName}"`,
      "cache-control": "no-store",
    },
  });
});

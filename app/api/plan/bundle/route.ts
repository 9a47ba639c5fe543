import { makeBreakGlassBundle } from "@/lib/break-glass/mutations";
import { writeZip } from "@/lib/break-glass/zip";
import { authenticatedRoute } from "@/lib/http/route";
import { builtStylesheets } from "@/lib/public-status/stylesheet";

/** The break-glass bundle as one ZIP (plan admins: it carries every contact's phone number). */
export const GET = authenticatedRoute(async ({ user }) => {
  const { version, madeAt, files } = await makeBreakGlassBundle(user, builtStylesheets());
  const folder = `muster-plan-v${version}`;
  const archive = writeZip(
    files.map((file) => ({ name: `${folder}/${file.name}`, bytes: file.bytes })),
    madeAt,
  );
  return new Response(new Uint8Array(archive), {
    headers: {
      "content-type": "application/zip",
      "content-disposition": `attachment; filename="${folder}.zip"`,
      "cache-control": "private, no-store",
    },
  });
});

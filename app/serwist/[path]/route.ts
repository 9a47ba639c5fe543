// The service worker (app/sw.ts), bundled with the build's precache list when Next builds and
// served from then on as a static file, with the scope of the whole app.
import { randomUUID } from "node:crypto";
import { createSerwistRoute } from "@serwist/turbopack";
import { OFFLINE_PAGE } from "@/components/offline/cache-names";
import { publicRoute } from "@/lib/http/route";

const serwist = createSerwistRoute({
  swSrc: "app/sw.ts",
  useNativeEsbuild: true,
  // The build's scripts, styles and fonts and the app's icons: not the README's screenshots.
  globPatterns: [".next/static/**/*.{js,css,woff2}", "public/icons/*.png"],
  // A new build, a new offline page.
  additionalPrecacheEntries: [{ url: OFFLINE_PAGE, revision: randomUUID() }],
});

export const { dynamic, dynamicParams, revalidate, generateStaticParams } = serwist;

/** Anyone may fetch the worker: a signed-out browser updates it too, and it holds nothing private. */
export const GET = publicRoute<{ path: string }>(({ request, params }) => serwist.GET(request, { params: Promise.resolve(params) }));

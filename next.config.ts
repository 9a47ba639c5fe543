import { withSerwist } from "@serwist/turbopack";
import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The custom server (server.ts) serves Next and Socket.IO on one port.
  poweredByHeader: false,
};

// Serwist bundles the service worker with esbuild at build time; Next leaves esbuild unbundled.
export default withSerwist(nextConfig);

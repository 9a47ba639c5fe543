import type { MetadataRoute } from "next";

/** What a phone or a laptop needs to install Muster as an app of its own. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: "Muster — incident command",
    short_name: "Muster",
    description: "Incident command for the disaster-recovery plan",
    start_url: "/",
    scope: "/",
    display: "standalone",
    // The light theme's canvas, as the root layout's theme colour says it.
    background_color: "#f5f6f8",
    theme_color: "#1d4ed8",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-192.png", sizes: "192x192", type: "image/png", purpose: "maskable" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}

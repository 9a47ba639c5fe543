"use client";
import { THEME_COOKIE } from "@/components/theme/theme-preference";

// Runs in <head> before the first paint, so "system" (which only the browser knows) never shows
// the wrong theme for a moment. It also follows the OS when it switches while the page is open,
// reading the cookie each time so a choice made in the theme control takes effect.
export const THEME_SCRIPT = `(() => {
  const media = matchMedia("(prefers-color-scheme: dark)");
  const apply = () => {
    const match = document.cookie.match(/(?:^|; )${THEME_COOKIE}=(\\w+)/);
    const preference = match ? match[1] : "system";
    document.documentElement.classList.toggle("dark", preference === "dark" || (preference !== "light" && media.matches));
  };
  apply();
  media.addEventListener("change", apply);
})();`;

/** `nonce` is this request's, from the Content-Security-Policy (lib/http/security-headers.ts). */
export function ThemeScript({ nonce }: { nonce?: string }) {
  // Only the server's HTML needs it: it has run by the time React renders in the browser, and React
  // refuses to render a script there (a root layout remounts on the client after a 404, for one).
  if (typeof window !== "undefined") return null;
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />;
}

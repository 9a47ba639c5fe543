import type { Metadata, Viewport } from "next";
import { cookies, headers } from "next/headers";
import type { ReactNode } from "react";
import { Providers } from "@/app/providers";
import { THEME_COOKIE, parseThemePreference } from "@/components/theme/theme-preference";
import { ThemeScript } from "@/components/theme/theme-script";
import { NONCE_HEADER } from "@/lib/http/security-headers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Muster", template: "%s · Muster" },
  description: "Incident command for the disaster-recovery plan",
  // app/manifest.ts is linked by Next itself.
  icons: { apple: "/icons/apple-touch-icon.png" },
  appleWebApp: { capable: true, title: "Muster", statusBarStyle: "default" },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f5f6f8" },
    { media: "(prefers-color-scheme: dark)", color: "#0c111b" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const theme = parseThemePreference((await cookies()).get(THEME_COOKIE)?.value);
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  return (
    // The theme script may add "dark" for "system" before React hydrates.
    <html lang="en" className={theme === "dark" ? "dark" : undefined} suppressHydrationWarning>
      <head>
        <ThemeScript nonce={nonce} />
      </head>
      <body className="min-h-dvh font-sans">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}

import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Offline" };

/** What the service worker shows offline for a page this device never opened online. */
export default function OfflinePage() {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center px-4 py-12">
      <div className="w-full max-w-md text-center">
        <span aria-hidden="true" className="mx-auto mb-4 grid size-11 place-items-center rounded-xl bg-accent text-xl font-semibold text-accent-ink">
          M
        </span>
        <h1 className="text-2xl font-semibold tracking-tight text-ink">You are offline</h1>
        <p className="mt-3 text-sm text-ink-muted">
          This page was not opened on this device while it was online, so there is no copy of it here. War rooms and plan pages
          opened before can still be read; ticks and notes made offline are sent when the connection returns.
        </p>
        <Link href="/" className="mt-6 inline-block text-sm font-medium text-accent underline underline-offset-2">
          Try the home page
        </Link>
      </div>
    </main>
  );
}

"use client";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button-classes";
import { PageHeader } from "@/components/ui/page-header";

type ErrorProps = { error: Error & { digest?: string }; reset: () => void };

/**
 * A screen that failed to load says so in words and offers a way on; the details stay in the
 * server's log, found by the reference shown.
 */
export default function ScreenError({ error, reset }: ErrorProps) {
  return (
    <div role="alert">
      <PageHeader
        title="This screen could not be loaded"
        description={
          <div className="space-y-2">
            <p>Something went wrong on the server while loading it. Try again; if it keeps failing, tell whoever looks after Muster.</p>
            {error.digest && <p className="text-xs">Reference for the log: {error.digest}</p>}
          </div>
        }
      />
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={reset} className={buttonClasses("primary")}>
          Try again
        </button>
        <Link href="/" className={buttonClasses("secondary")}>
          Back to the home page
        </Link>
      </div>
    </div>
  );
}

"use client";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { OneTimeSecretNotice } from "@/app/(app)/settings/components/one-time-secret-notice";
import { refusalInWords } from "@/components/forms/form-words";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import { formatDate } from "@/lib/format";

type CalendarFeedAnswer = { url: string; createdAt: string };

/** The caller's private calendar address: made here, shown once, replaced by making another. */
export function CalendarFeed({ createdAt }: { createdAt: string | null }) {
  const [since, setSince] = useState(createdAt);
  const [shown, setShown] = useState<string | null>(null);
  const make = useMutation({
    mutationFn: () => api<CalendarFeedAnswer>("/api/calendar/feed", { body: {} }),
    onSuccess: (feed) => {
      setShown(feed.url);
      setSince(feed.createdAt);
    },
  });

  if (shown) {
    return (
      <OneTimeSecretNotice
        message="Subscribe to this address in your calendar app now: it is shown only once, and anyone who has it can read the dates in it."
        secret={shown}
        copyLabel="Copy calendar address"
        testId="calendar-feed-url"
        onDismiss={() => setShown(null)}
      />
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button type="button" onClick={() => make.mutate()} disabled={make.isPending} className={buttonClasses(since ? "secondary" : "primary")}>
        {make.isPending ? "Making…" : since ? "Make a new address" : "Make my calendar address"}
      </button>
      <p className="text-sm text-ink-muted">
        {since ? `You have an address since ${formatDate(new Date(since))}; a new one stops the old.` : "You have no calendar address yet."}
      </p>
      {make.error && <ErrorText>{refusalInWords(make.error)}</ErrorText>}
    </div>
  );
}

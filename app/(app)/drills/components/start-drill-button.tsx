"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { refusalInWords } from "@/components/forms/form-words";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import type { StartedDrillView } from "@/lib/drills/present";

/** Starts a drill of the test and opens its war room; a refusal (one already under way) is said beside it. */
export function StartDrillButton({ drillKey, testType }: { drillKey: string; testType: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const start = useMutation({
    mutationFn: () => api<StartedDrillView>(`/api/drills/${drillKey}/start`, { body: {} }),
    onSuccess: (drill) => router.push(`/incidents/${drill.id}`),
    onError: (refusal) => setError(refusalInWords(refusal)),
  });
  return (
    <div className="space-y-2">
      <button
        type="button"
        className={buttonClasses("primary")}
        disabled={start.isPending || start.isSuccess}
        aria-label={`Start drill: ${testType}`}
        onClick={() => {
          setError(null);
          start.mutate();
        }}
      >
        {start.isPending || start.isSuccess ? "Starting…" : "Start drill"}
      </button>
      {error && <ErrorText>{error}</ErrorText>}
    </div>
  );
}

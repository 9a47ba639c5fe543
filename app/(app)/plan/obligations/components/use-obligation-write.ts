"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { api } from "@/components/live/api-client";

type ObligationWrite = { path: string; method: "POST" | "PATCH" | "DELETE"; body?: unknown };

/** A write to the plan's obligations that shows the page again once saved. */
export function useObligationWrite() {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const write = useMutation({
    mutationFn: ({ path, method, body }: ObligationWrite) => api(path, { method, body }),
    onSuccess: () => startTransition(() => router.refresh()),
  });
  return { write, busy: write.isPending || refreshing };
}

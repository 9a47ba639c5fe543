"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Fetches the page's server data again every `seconds`: a list left open on a wall screen picks up
 * new incidents and progress without a reload. Countdowns tick on their own in between.
 */
export function RefreshEvery({ seconds }: { seconds: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), seconds * 1_000);
    return () => clearInterval(timer);
  }, [router, seconds]);
  return null;
}

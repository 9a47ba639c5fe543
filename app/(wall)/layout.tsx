import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

/** Screens for a wall: signed in, but no navigation and nothing to press. */
export default async function WallLayout({ children }: { children: ReactNode }) {
  await requireUser();
  return <main id="main">{children}</main>;
}

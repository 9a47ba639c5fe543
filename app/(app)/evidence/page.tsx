import type { Metadata } from "next";
import { EvidencePage } from "@/app/(app)/evidence/evidence-page";
import { requireUser } from "@/lib/auth/session";
import { evidenceRecords } from "@/lib/evidence/data";
import { presentEvidenceLedger } from "@/lib/evidence/present";
import { DomainError } from "@/lib/errors";

export const metadata: Metadata = { title: "Evidence" };

type EvidenceRouteProps = { searchParams: Promise<{ from?: string | string[]; to?: string | string[] }> };

/** A day the form sent, or nothing: an empty field asks for the default. */
const asked = (value: string | string[] | undefined) => (typeof value === "string" && value ? value : undefined);

/**
 * Every signed-in role reads the ledger, as every role reads every incident: management and
 * auditors sign in as viewers. A period refused is said in words above the default one.
 */
export default async function EvidenceRoute({ searchParams }: EvidenceRouteProps) {
  const user = await requireUser();
  const { from, to } = await searchParams;
  const { records, refusal } = await evidenceRecords(user, { from: asked(from), to: asked(to) }).then(
    (found) => ({ records: found, refusal: null }),
    async (error: unknown) => {
      if (!(error instanceof DomainError && error.kind === "invalid")) throw error;
      return { records: await evidenceRecords(user, {}), refusal: error.message };
    },
  );
  return <EvidencePage ledger={presentEvidenceLedger(records)} refusal={refusal} />;
}

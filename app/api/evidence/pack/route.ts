import { evidenceMarkdown } from "@/app/api/evidence/pack/evidence-markdown";
import { evidenceRecords } from "@/lib/evidence/data";
import { presentEvidenceLedger, presentEvidencePack } from "@/lib/evidence/present";
import { authenticatedRoute } from "@/lib/http/route";

/**
 * The evidence pack for a period as one JSON file to download: the Markdown report and the records
 * it was written from, every timeline event with its hash.
 */
export const GET = authenticatedRoute(async ({ request, user }) => {
  const records = await evidenceRecords(user, Object.fromEntries(new URL(request.url).searchParams));
  const ledger = presentEvidenceLedger(records);
  const pack = presentEvidencePack(records, ledger, evidenceMarkdown(ledger));
  return new Response(JSON.stringify(pack, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="muster-evidence-${ledger.period.from}-to-${ledger.period.to}.json"`,
      "cache-control": "no-store",
    },
  });
});

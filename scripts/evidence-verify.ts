// npm run evidence:verify -- pack.json
// Checks an exported evidence pack offline: every incident's and drill's timeline against its hash
// chain, as the pack carries it. Exits 1 when a timeline is broken, 2 when the file is not a pack.
import { readFile } from "node:fs/promises";
import { packedTimelinesSchema, verifyPackedIncidents } from "@/lib/evidence/verify";
import { chainWords } from "@/lib/evidence/words";

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run evidence:verify -- <evidence pack .json file>");
  process.exit(2);
}

let text: string;
try {
  text = await readFile(file, "utf8");
} catch (error) {
  console.error(`Cannot read ${file}: ${(error as Error).message}`);
  process.exit(2);
}
let parsed: unknown;
try {
  parsed = JSON.parse(text);
} catch {
  console.error(`${file} is not JSON: an evidence pack is the .json file Muster's evidence page downloads.`);
  process.exit(2);
}
const pack = packedTimelinesSchema.safeParse(parsed);
if (!pack.success) {
  console.error(`${file} is not an evidence pack Muster wrote (${pack.error.issues[0]?.path.join(".") || "its top level"} is not as expected).`);
  process.exit(2);
}

const results = verifyPackedIncidents(pack.data.records);
for (const { number, verdict } of results) console.log(`#${number}: ${chainWords(verdict)}`);
const broken = results.filter((result) => !result.verdict.intact).length;
console.log(broken ? `${broken} of ${results.length} timelines are broken.` : `All ${results.length} timelines are intact.`);
process.exit(broken ? 1 : 0);

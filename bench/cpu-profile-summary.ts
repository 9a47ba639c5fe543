// Where the server's time went in each measured phase, from the V8 CPU profile it writes when
// started with --cpu-prof: every sample goes to the first layer on its stack, from the database
// driver up to Next, so the shares add up to 100 %.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

type ProfileNode = { id: number; callFrame: { functionName: string; url: string }; children?: number[] };
type CpuProfile = { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] };
export type Phase = { label: string; fromUs: number; toUs: number };

/** Checked in this order; a sample belongs to the first layer found anywhere on its stack. */
const LAYERS: [string, (frame: ProfileNode["callFrame"]) => boolean][] = [
  ["idle (waiting on I/O)", (frame) => frame.functionName === "(idle)"],
  ["garbage collection", (frame) => frame.functionName === "(garbage collector)"],
  ["Prisma query compiler (WASM)", (frame) => frame.url.startsWith("wasm://")],
  ["Prisma client (JS)", (frame) => /@prisma\/client|lib\/generated\/prisma/.test(frame.url)],
  ["pg driver + Prisma adapter", (frame) => /@prisma\/adapter-pg|node_modules\/pg(-[a-z]+)?\//.test(frame.url)],
  ["gzip of responses", (frame) => /node:zlib|compression/.test(frame.url)],
  ["Socket.IO / engine.io / ws", (frame) => /socket\.io|engine\.io|node_modules\/ws\//.test(frame.url)],
  ["Next.js, web streams, undici", (frame) => /node_modules\/next\/|\/\.next\/|webstreams|undici/.test(frame.url)],
];
const OTHER = "other (Node internals, app code)";

/** The server's main-thread profile: CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile, thread 0. */
function mainThreadProfile(dir: string, pid: number): CpuProfile | undefined {
  const file = readdirSync(dir).find((name) => name.includes(`.${pid}.0.`) && name.endsWith(".cpuprofile"));
  return file ? (JSON.parse(readFileSync(path.join(dir, file), "utf8")) as CpuProfile) : undefined;
}

export function printCpuProfileSummary(dir: string, pid: number, phases: Phase[]) {
  const profile = mainThreadProfile(dir, pid);
  if (!profile) return console.log(`No CPU profile of process ${pid} in ${dir}.`);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const layerOf = new Map<number, string>();
  const layer = (id: number) => {
    let found = layerOf.get(id);
    if (found) return found;
    const frames: ProfileNode["callFrame"][] = [];
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) frames.push(byId.get(at)!.callFrame);
    found = LAYERS.find(([, test]) => frames.some(test))?.[0] ?? OTHER;
    layerOf.set(id, found);
    return found;
  };

  const shares = phases.map(() => new Map<string, number>());
  let clock = profile.startTime;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    clock += delta;
    const phase = phases.findIndex(({ fromUs, toUs }) => clock >= fromUs && clock <= toUs);
    if (phase >= 0) shares[phase].set(layer(id), (shares[phase].get(layer(id)) ?? 0) + delta);
  });

  const names = [...LAYERS.map(([name]) => name), OTHER];
  const widths = [34, ...phases.map(({ label }) => Math.max(8, label.length))];
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ");
  console.log(`\nServer CPU profile (${dir}): share of each phase's samples`);
  console.log(line(["layer", ...phases.map(({ label }) => label)]));
  for (const name of names) {
    const cells = shares.map((share) => {
      const total = [...share.values()].reduce((sum, value) => sum + value, 0);
      return total ? `${((100 * (share.get(name) ?? 0)) / total).toFixed(1)} %` : "–";
    });
    console.log(line([name, ...cells]));
  }
}

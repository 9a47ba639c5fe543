// server.ts, the scripts and the benchmarks run domain code outside Next's react-server layer,
// where the "server-only" guard throws on import. They are server code by definition, so there the
// guard resolves to an empty module. Loaded with `node --import ./scripts/node-server-only.mjs`.
import { register } from "node:module";

const emptyModule = "data:text/javascript,export {}";
const hooks = `export async function resolve(specifier, context, next) {
  return specifier === "server-only" ? { url: ${JSON.stringify(emptyModule)}, shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);

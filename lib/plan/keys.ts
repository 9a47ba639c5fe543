/**
 * A stable key for a new plan item, from what it is called: "Board briefing (EU)" →
 * "board-briefing-eu", with "-2", "-3" … after it when a sibling already has the key.
 */
export function keyFromName(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 50)
      .replace(/-+$/, "") || "item";
  let key = base;
  for (let suffix = 2; taken.has(key); suffix += 1) key = `${base}-${suffix}`;
  return key;
}

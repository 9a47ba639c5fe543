// The seeded database every test file copies its own from.
export const TEMPLATE_DATABASE = "muster_template";

// Action item shapes as the browser receives them (dates as ISO strings).
import type { ActionItemRecord } from "@/lib/action-items/data";
import type { Jsonify } from "@/lib/json";

export type ActionItemView = Jsonify<ActionItemRecord>;

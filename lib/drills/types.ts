// The recovery testing schedule as the browser receives it (dates as ISO strings).
import type { z } from "zod";
import type { drillScheduleSchema } from "@/lib/drills/present";
import type { Jsonify } from "@/lib/json";

export type DrillScheduleView = Jsonify<z.infer<typeof drillScheduleSchema>>;

import { z } from "zod";
import type { Finding } from "../model/finding";
import { isPrintableImage } from "./imageData";
import { PhotoRefSchema } from "./picture";

/** One rectified finding's 整改前 and 整改后 pictures (the first of each), for the 月报's 对照. */
export const PhotoPairSchema = z.object({
  id: z.string(),
  unit: z.string().nullable(),
  description: z.string().nullable(),
  rectifiedOn: z.string().nullable(),
  before: PhotoRefSchema.nullable(),
  after: PhotoRefSchema.nullable(),
});
export type PhotoPair = z.infer<typeof PhotoPairSchema>;

/**
 * The month's rectified findings that have a picture: rectified or closed with the completion date in
 * the month (or, with no date written, found in the month), in ledger order.
 */
export function photoPairs(findings: readonly Finding[], period: { from: string; to: string }): PhotoPair[] {
  const inMonth = (d: string | null) => d !== null && d >= period.from && d <= period.to;
  return findings.flatMap((f) => {
    if (f.status !== "rectified" && f.status !== "closed") return [];
    if (!(f.rectifiedOn ? inMonth(f.rectifiedOn) : inMonth(f.inspectedOn))) return [];
    const before = f.photos?.before.find((p) => isPrintableImage(p.mime)) ?? null;
    const after = f.photos?.after.find((p) => isPrintableImage(p.mime)) ?? null;
    if (!before && !after) return [];
    return [{ id: f.id, unit: f.unit, description: f.description, rectifiedOn: f.rectifiedOn, before, after }];
  });
}

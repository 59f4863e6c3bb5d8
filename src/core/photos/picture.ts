import { z } from "zod";

const Bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, "图片数据应为字节");

/**
 * A picture in a sheet as a host found it: where it sits (0-based cell of its top-left corner, and of
 * its bottom-right corner where the anchor says) and its bytes. Pictures stay in the workbook; these
 * are read-only copies for notices and reports.
 */
export const PictureSchema = z.object({
  row: z.number().int().nonnegative(),
  col: z.number().int().nonnegative(),
  toRow: z.number().int().nonnegative().nullable(),
  toCol: z.number().int().nonnegative().nullable(),
  /** "anchored": floating over the cells (a drawing); "inCell": placed in a cell (newer Excel). */
  placement: z.enum(["anchored", "inCell"]),
  mime: z.string(),
  data: Bytes,
  /** The picture's name or alt text, where the workbook has one. */
  name: z.string().nullable(),
});
export type Picture = z.infer<typeof PictureSchema>;

/** A picture attached to a finding: where it is in the source workbook, and its bytes. */
export const PhotoRefSchema = z.object({
  sheet: z.string(),
  row: z.number().int().nonnegative(),
  col: z.number().int().nonnegative(),
  mime: z.string(),
  data: Bytes,
});
export type PhotoRef = z.infer<typeof PhotoRefSchema>;

export const FindingPhotosSchema = z.object({ before: z.array(PhotoRefSchema), after: z.array(PhotoRefSchema) });
export type FindingPhotos = z.infer<typeof FindingPhotosSchema>;

import { base64, fitInto, imageSize } from "../../../src/core/photos/imageData";
import { pngBytes } from "../../helpers/photoWorkbook";

test("the pixel size of a PNG, and of a JPEG's frame header", () => {
  expect(imageSize(pngBytes(24, 16, [1, 2, 3]))).toEqual({ width: 24, height: 16 });
  const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, 0, 30, 0, 40, 3, 0, 0, 0, 0]);
  expect(imageSize(jpeg)).toEqual({ width: 40, height: 30 });
  expect(imageSize(new Uint8Array([1, 2, 3]))).toBeNull();
});

test("fitting keeps proportions and never enlarges", () => {
  expect(fitInto({ width: 400, height: 300 }, { width: 120, height: 120 })).toEqual({ width: 120, height: 90 });
  expect(fitInto({ width: 20, height: 10 }, { width: 120, height: 120 })).toEqual({ width: 20, height: 10 });
});

test("base64 as the platform writes it", () => {
  for (const n of [0, 1, 2, 3, 4, 5, 100]) {
    const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37) & 255);
    expect(base64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  }
});

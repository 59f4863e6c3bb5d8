import * as XLSX from "@e965/xlsx";
import fc from "fast-check";
import { FileHost } from "../../src/hosts/file/fileHost";
import { WorkbookFileError } from "../../src/hosts/file/workbookFileError";
import { runValidation } from "../../src/workflows/validateWorkflow";
import { generatedLedgerXlsx } from "../helpers/generatedLedger";

/** Reading either gives grids or refuses with the one-line file error; nothing else may escape. */
async function readsOrRefuses(bytes: Uint8Array, name: string): Promise<"read" | "refused"> {
  try {
    const host = new FileHost(bytes, name);
    await host.readWorkbook();
    // Whatever was read must go through a whole verb without an exception, too.
    await runValidation(host, { asOf: "2024-06-30" });
    return "read";
  } catch (e) {
    if (e instanceof WorkbookFileError) return "refused";
    throw e;
  }
}

const NAMES = ["台账.xlsx", "台账.xls", "台账.csv", "台账.xlsm", "台账.txt"];
const VALID = generatedLedgerXlsx(12);

describe("the file readers never crash (fast-check)", () => {
  test("random bytes, under every file name", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 2048 }), fc.constantFrom(...NAMES), async (bytes, name) => {
        await readsOrRefuses(bytes, name);
      }),
      { numRuns: 150 },
    );
  });

  test("random bytes behind a zip or compound-file signature", async () => {
    const signatures = [
      [0x50, 0x4b, 0x03, 0x04],
      [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...signatures), fc.uint8Array({ maxLength: 4096 }), async (sig, rest) => {
        await readsOrRefuses(new Uint8Array([...sig, ...rest]), "台账.xlsx");
      }),
      { numRuns: 100 },
    );
  });

  test("a valid workbook truncated anywhere", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: VALID.length - 1 }), async (at) => {
        const outcome = await readsOrRefuses(VALID.subarray(0, at), "台账.xlsx");
        // A zip is read from its end: cut anywhere, it is refused as damaged or incomplete.
        expect(outcome).toBe("refused");
      }),
      { numRuns: 100 },
    );
  });

  test("a valid workbook with bytes overwritten at random places", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 0, max: VALID.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        async (edits) => {
          const bytes = VALID.slice();
          for (const [at, b] of edits) bytes[at] = b;
          await readsOrRefuses(bytes, "台账.xlsx");
        },
      ),
      { numRuns: 100 },
    );
  });
});

/** A cell a spreadsheet may hold: text of any Unicode (controls included), numbers, booleans, blanks. */
const cell = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 6 }),
  fc.constantFrom("责任单位", "问题描述", "检查日期", "整改情况", "已整改", "2024.5.3", "=SUM(1,2)", "区卫健局"),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: 0, max: 2_958_465 }),
  fc.boolean(),
  fc.constant(null),
);

describe("random valid workbooks from a generator", () => {
  test("read back cell for cell, in .xlsx and .xls, and every verb runs on them", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { maxLength: 8 }), { minLength: 1, maxLength: 20 }),
        fc.constantFrom("xlsx", "biff8"),
        async (rows, bookType) => {
          const ws = XLSX.utils.aoa_to_sheet(rows);
          const wb = XLSX.utils.book_new();
          XLSX.utils.book_append_sheet(wb, ws, "台账");
          const bytes = new Uint8Array(XLSX.write(wb, { type: "array", bookType: bookType as XLSX.BookType }) as ArrayBuffer);
          const name = bookType === "xlsx" ? "台账.xlsx" : "台账.xls";
          const hasData = rows.some((r) => r.some((v) => v !== null && v !== ""));
          const outcome = await readsOrRefuses(bytes, name);
          expect(outcome).toBe(hasData ? "read" : "refused");
          if (!hasData || bookType !== "xlsx") return;
          const grid = (await new FileHost(bytes, name).readWorkbook()).sheets[0]!;
          rows.forEach((r, i) =>
            r.forEach((v, c) => {
              const got = grid.values[i]?.[c] ?? null;
              if (typeof v === "string") expect(got).toBe(v === "" ? null : v);
              else if (typeof v === "number") expect(got).toBeCloseTo(v, 10);
              else expect(got).toBe(v);
            }),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});

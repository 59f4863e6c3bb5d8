/** The owned data sheets the add-in writes, for the print-setup tests of both hosts. */
import { makeProblem } from "../../src/core/model/problem";
import { registerSheetPlan } from "../../src/core/notices/noticeRegister";
import { ledgerSheetPlan } from "../../src/core/output/ledgerSheetPlan";
import { problemsSheetPlan } from "../../src/core/output/problemsSheetPlan";
import { registrySheetPlan } from "../../src/core/output/registrySheetPlan";
import type { SheetPlan } from "../../src/core/output/sheetPlan";
import { finding } from "./office/fixtures";

export function ownedDataSheets(): SheetPlan[] {
  return [
    ledgerSheetPlan([finding(1, "问题"), finding(2, "问题")]),
    problemsSheetPlan(
      [
        makeProblem({
          code: "status-unknown",
          severity: "warning",
          sheet: "台账",
          row: 2,
          column: "I",
          field: "status",
          params: { value: "？" },
        }),
      ],
      "台账.xlsx",
    ),
    registrySheetPlan([{ name: "区城市管理局", aliases: [], type: null, street: null, contact: null, phone: null }]),
    registerSheetPlan([
      {
        docNo: "创卫办〔2025〕1号",
        year: 2025,
        number: 1,
        unit: "区城市管理局",
        issuedOn: "2025-06-03",
        problemCount: 1,
        findingIds: ["CW-1"],
        status: "有效",
      },
    ]),
  ];
}

/** Wide sheets print landscape (portrait would shrink them below 85 %); 单位名录 fits portrait at ~91 %. */
export const LANDSCAPE = new Set(["标准台账", "校验结果", "通知书登记"]);

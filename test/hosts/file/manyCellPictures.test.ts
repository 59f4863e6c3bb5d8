import type { WorkbookGrid } from "../../../src/core/model/grid";
import type { PackageSource } from "../../../src/hosts/file/packageParts";
import { readWorkbookPictures } from "../../../src/hosts/file/readWorkbookPictures";
import { RED } from "../../helpers/photoWorkbook";

// 200,000 rows with a WPS in-cell picture each, built in memory (issue 12: large ledgers read without a crash).
const N = 200_000;
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const parts: Record<string, string> = {
  "xl/workbook.xml": `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  "xl/cellimages.xml": `<etc:cellImages xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData" xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}"><etc:cellImage><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="1" name="ID_1" descr=""/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId1"/></xdr:blipFill></xdr:pic></etc:cellImage></etc:cellImages>`,
  "xl/_rels/cellimages.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/image" Target="media/image1.png"/></Relationships>`,
};
const pkg: PackageSource = {
  text: (path) => parts[path] ?? null,
  bytes: async (path) => (path === "xl/media/image1.png" ? RED : null),
  names: () => [...Object.keys(parts), "xl/media/image1.png"],
};

test("200,000 WPS in-cell pictures in one sheet are read without overflowing the stack", async () => {
  const workbook: WorkbookGrid = {
    fileName: "台账.xlsx",
    sheets: [
      {
        name: "台账",
        isCsv: false,
        merges: [],
        values: Array.from({ length: N }, () => [null]),
        formulas: Array.from({ length: N }, () => ['_xlfn.DISPIMG("ID_1",1)']),
      },
    ],
  };
  const pictures = await readWorkbookPictures(pkg, workbook);
  expect(pictures.get("台账")).toHaveLength(N);
});

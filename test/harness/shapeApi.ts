/** Excel.ShapeCollection and Excel.Shape (ExcelApi 1.9): pictures over the cells, read and added as Excel does. */
import type { ApiClass, Handle } from "./apiTypes";
import { invalidArgument, itemNotFound } from "./excelError";
import type { ShapeModel } from "./sheetModel";

type H<K extends Handle["k"]> = Extract<Handle, { k: K }>;

/** The pixel size in a PNG's header, shown at 96 dpi (0.75 pt per pixel) as Excel inserts a picture. */
function pngSize(base64: string): { width: number; height: number } {
  const bytes = Buffer.from(base64, "base64");
  if (bytes.length < 24 || bytes.readUInt32BE(0) !== 0x89504e47) throw invalidArgument("base64ImageString");
  return { width: bytes.readUInt32BE(16) * 0.75, height: bytes.readUInt32BE(20) * 0.75 };
}

export const ShapesApi: ApiClass<H<"Shapes">> = {
  index: (h, [key]) => {
    const sh = h.s.shapes.find((x) => x.id === String(key) || x.name === String(key));
    if (!sh) throw itemNotFound(`shape ${String(key)}`);
    return { k: "Shape", s: h.s, sh };
  },
  methods: {
    AddImage: (h, [base64], ctx) => {
      const image = String(base64);
      const sh: ShapeModel = {
        id: ctx.book.newId("shape"),
        name: `图片 ${h.s.shapes.length + 1}`,
        type: "Image",
        top: 0,
        left: 0,
        ...pngSize(image),
        altTextDescription: "",
        image,
      };
      h.s.shapes.push(sh);
      return { k: "Shape", s: h.s, sh };
    },
    GetItem: (h, [key]) => {
      const sh = h.s.shapes.find((x) => x.id === String(key) || x.name === String(key));
      if (!sh) throw itemNotFound(`shape ${String(key)}`);
      return { k: "Shape", s: h.s, sh };
    },
    GetItemAt: (h, [i]) => ({ k: "Shape", s: h.s, sh: h.s.shapes[Number(i)]! }),
    GetCount: (h) => h.s.shapes.length,
  },
  items: (h) => h.s.shapes.map((sh) => ({ k: "Shape", s: h.s, sh })),
  get: { count: (h) => h.s.shapes.length },
};

const number = (name: string) => (v: unknown) => {
  if (typeof v !== "number" || !Number.isFinite(v)) throw invalidArgument(name);
  return v;
};

export const ShapeApi: ApiClass<H<"Shape">> = {
  methods: {
    GetAsImage: (h) => h.sh.image,
    Delete: (h) => {
      h.s.shapes = h.s.shapes.filter((x) => x !== h.sh);
      return null;
    },
  },
  set: {
    Top: (h, v) => {
      h.sh.top = number("top")(v);
    },
    Left: (h, v) => {
      h.sh.left = number("left")(v);
    },
    Width: (h, v) => {
      h.sh.width = number("width")(v);
    },
    Height: (h, v) => {
      h.sh.height = number("height")(v);
    },
    Name: (h, v) => {
      h.sh.name = String(v);
    },
    AltTextDescription: (h, v) => {
      h.sh.altTextDescription = String(v);
    },
  },
  get: {
    id: (h) => h.sh.id,
    name: (h) => h.sh.name,
    type: (h) => h.sh.type,
    top: (h) => h.sh.top,
    left: (h) => h.sh.left,
    width: (h) => h.sh.width,
    height: (h) => h.sh.height,
    altTextDescription: (h) => h.sh.altTextDescription,
  },
  defaultLoad: ["id", "name", "type", "top", "left", "width", "height", "altTextDescription"],
};

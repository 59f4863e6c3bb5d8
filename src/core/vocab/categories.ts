import { z } from "zod";

/** Areas of the 2021 national hygienic city standard, for reports that follow its structure. */
export const STANDARD_AREAS = [
  "爱国卫生组织管理",
  "健康教育和健康促进",
  "市容环境卫生",
  "生态环境",
  "重点场所卫生",
  "食品和生活饮用水安全",
  "疾病防控与医疗卫生服务",
  "病媒生物预防控制",
] as const;

export const CategorySchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()),
  /** Words that, found inside a longer label or a group row, point to this category. */
  keywords: z.array(z.string()),
  area: z.string(),
});
export type Category = z.infer<typeof CategorySchema>;

export const DEFAULT_CATEGORIES: Category[] = [
  {
    name: "市容环境卫生",
    aliases: ["环境卫生", "环卫", "市容市貌", "市容", "市容卫生", "城市环境卫生"],
    keywords: ["市容", "环境卫生", "环卫", "卫生死角", "垃圾", "公厕", "乱张贴", "保洁"],
    area: "市容环境卫生",
  },
  {
    name: "病媒生物防制",
    aliases: ["除四害", "病媒", "病媒防制", "四害防制", "病媒生物预防控制", "病媒生物防治"],
    keywords: ["四害", "病媒", "灭鼠", "灭蚊", "灭蝇", "灭蟑", "防鼠", "防蝇", "鼠", "蚊", "蝇", "蟑"],
    area: "病媒生物预防控制",
  },
  {
    name: "健康教育",
    aliases: ["健教", "健康促进", "健康教育和健康促进", "健康宣传"],
    keywords: ["健康教育", "健康促进", "健教", "宣传"],
    area: "健康教育和健康促进",
  },
  { name: "控烟", aliases: ["禁烟", "无烟环境", "控烟工作", "无烟单位"], keywords: ["烟"], area: "健康教育和健康促进" },
  {
    name: "食品安全",
    aliases: ["食安", "餐饮卫生", "食品卫生", "餐饮", "食品"],
    keywords: ["食品", "餐饮", "食安"],
    area: "食品和生活饮用水安全",
  },
  {
    name: "生活饮用水",
    aliases: ["饮用水", "饮用水卫生", "二次供水", "生活饮用水卫生"],
    keywords: ["饮用水", "供水", "水质"],
    area: "食品和生活饮用水安全",
  },
  { name: "公共场所卫生", aliases: ["公共场所", "重点场所卫生", "重点场所"], keywords: ["公共场所", "重点场所"], area: "重点场所卫生" },
  {
    name: "医疗卫生",
    aliases: ["医疗", "医疗机构", "疾病防控", "医疗卫生服务"],
    keywords: ["医疗", "医院", "诊所", "疾病防控", "传染病"],
    area: "疾病防控与医疗卫生服务",
  },
  { name: "环境保护", aliases: ["环保", "生态环境", "环境污染"], keywords: ["环保", "生态", "污染", "噪声", "扬尘"], area: "生态环境" },
  { name: "其他", aliases: ["其它", "其他问题", "综合"], keywords: [], area: "爱国卫生组织管理" },
];

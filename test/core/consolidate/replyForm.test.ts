import { distributeSettings } from "../../../src/core/consolidate/replyForm";
import type { SheetGrid } from "../../../src/core/model/grid";
import { parseSettings } from "../../../src/core/settings/settings";

const settingsSheet = (rows: string[][]): SheetGrid => ({
  name: "设置",
  isCsv: false,
  values: [["类别", "工作表", "名称", "值", "说明"], ...rows],
  merges: [],
});

describe("交办单 settings", () => {
  test.each([["回复期限（天）"], ["回复期限(天)"]])("回复期限 is read from the 设置 sheet, spelled %s", (name) => {
    const settings = parseSettings(settingsSheet([["交办单", "", name, "3", ""]]));
    expect(distributeSettings(settings).replyDays).toBe(3);
  });

  test("defaults: 7 days and the three status words; a value that is not a whole number of days is ignored", () => {
    expect(distributeSettings({ mappings: [], other: [] })).toEqual({ statusWords: ["已整改", "整改中", "未整改"], replyDays: 7 });
    const settings = parseSettings(settingsSheet([["交办单", "", "回复期限（天）", "三天", ""]]));
    expect(distributeSettings(settings).replyDays).toBe(7);
  });
});

// The page's stand-in for opencc-js/t2cn (webpack aliases it): synchronous once loaded, and clear before.
jest.mock("opencc-t2cn-dictionary", () => jest.requireActual("opencc-js/t2cn"), { virtual: true });
import { Converter, loadSimplifier, Locale, simplifierLoaded } from "../../src/taskpane/lazy/simplifier";

test("before the dictionary is loaded, converting says so instead of returning the text unconverted", () => {
  const convert = Converter({ from: "hk", to: "cn" });
  expect(simplifierLoaded()).toBe(false);
  expect(() => convert("臺灣")).toThrow("繁简转换词典尚未加载");
  expect(() => Locale.configs).toThrow("繁简转换词典尚未加载");
});

test("once loaded, the same converter converts synchronously and the dictionaries are readable", async () => {
  const convert = Converter({ from: "hk", to: "cn" });
  await loadSimplifier();
  expect(convert("區農貿市場管理所")).toBe("区农贸市场管理所");
  expect(Locale.configs).toHaveProperty("hk2s");
  await expect(loadSimplifier()).resolves.toBeUndefined();
});

import { errorText, OFFICE_ERRORS, splitErrorText } from "../../src/taskpane/panels/errorText";

/** An error as Office.js rejects a batch with (OfficeExtension.Error: code, English message, debugInfo). */
function officeError(code: string, message = "The operation failed."): Error {
  return Object.assign(new Error(message), { name: "RichApi.Error", code, debugInfo: { code, message } });
}

const CJK = /[\u4e00-\u9fff]/;

test.each([
  "InvalidOperationInCellEditMode",
  "EditModeChangedDuringSync",
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "ItemNotFound",
  "ItemAlreadyExists",
  "AccessDenied",
  "GeneralException",
  "InvalidArgument",
  "InvalidReference",
  "Conflict",
  "InsertDeleteConflict",
  "ApiNotFound",
  "NotImplemented",
  "UnsupportedOperation",
  "ActivityLimitReached",
  "RequestAborted",
  "ServiceNotAvailable",
])("Office.js %s: a Chinese sentence from the map, the code on a small line of its own", (code) => {
  const { message, detail } = splitErrorText(errorText(officeError(code, "Some English text from Excel.")));
  expect(message).toBe(OFFICE_ERRORS[code]);
  expect(message).toMatch(CJK);
  expect(message).not.toContain("English");
  expect(detail).toBe(`错误代码：${code}`);
});

test("cell edit mode says what to do", () => {
  expect(splitErrorText(errorText(officeError("InvalidOperationInCellEditMode"))).message).toContain("退出单元格编辑");
});

test("an Office.js code the map does not know: a Chinese lead, and the code with Excel's message below", () => {
  const { message, detail } = splitErrorText(errorText(officeError("SomethingNew", "Unexpected state.")));
  expect(message).toMatch(CJK);
  expect(detail).toBe("错误代码：SomethingNew（Unexpected state.）");
});

test("an unknown English error: a Chinese lead sentence and the message as the detail", () => {
  const { message, detail } = splitErrorText(errorText(new TypeError("Cannot read properties of undefined (reading 'x')")));
  expect(message).toMatch(CJK);
  expect(detail).toBe("Cannot read properties of undefined (reading 'x')");
});

test("the project's own Chinese messages stay as they are, with no detail", () => {
  const text = errorText(new Error("文件“坏文件.xlsx”不是有效的 Excel 工作簿"));
  expect(splitErrorText(text)).toEqual({ message: "文件“坏文件.xlsx”不是有效的 Excel 工作簿", detail: null });
  expect(errorText("出错了")).toBe("出错了");
});

test("a thrown non-Error is shown too", () => {
  expect(splitErrorText(errorText(42)).detail).toBe("42");
});

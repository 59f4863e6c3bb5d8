import type { Command } from "commander";
import { reportError } from "./cliErrors";
import { chineseProgram, CommanderError, noCommandMessage, usageMessage } from "./usage";

type Action = (...args: never[]) => Promise<void>;

/**
 * A command's code is loaded only when that command runs, so `--help`, usage errors and light verbs
 * never pay for the libraries of the others (exceljs, docx, SheetJS).
 */
const lazy =
  (load: () => Promise<Action>) =>
  async (...args: unknown[]): Promise<void> =>
    (await load())(...(args as never[]));

export function buildProgram(): Command {
  const program = chineseProgram("chuangwei", "创卫台账助手：结构化、校验、整改通知书与月报");
  program
    .command("structure")
    .description("把手工台账结构化为标准台账")
    .argument("<工作簿>", "工作簿（.xlsx/.xlsm/.xls/.csv）")
    .option("--json", "按约定的 JSON 格式输出（只输出 JSON）")
    .option("--out <文件>", "写出结构化后的工作簿 .xlsx（含“标准台账”工作表）")
    .action(lazy(async () => (await import("./structureCommand")).structureCommand));
  program
    .command("validate")
    .description("校验台账：找出有问题的单元格")
    .argument("<工作簿>", "工作簿（.xlsx/.xlsm/.xls/.csv）")
    .option("--units <单位名录>", "单位名录工作簿（默认使用本工作簿中的“单位名录”表）")
    .option("--as-of <日期>", "超期判断的截止日期 YYYY-MM-DD（默认今天）")
    .option("--json", "输出 JSON：{ problems: [...] }")
    .option("--out <文件>", "写出含“校验结果”“标准台账”（带标记）的工作簿")
    .action(lazy(async () => (await import("./validateCommand")).validateCommand));
  program
    .command("notices")
    .description("为有未整改问题的单位生成整改通知书（编号、登记、回写）")
    .argument("<台账>", "台账工作簿，或上次生成的 通知书.xlsx")
    .requiredOption("--out <文件夹>", "输出文件夹：通知书.xlsx 和每份通知书的 .docx")
    .option("--units <单位>", "只发给这些单位（逗号分隔）")
    .option("--from <日期>", "检查日期从 YYYY-MM-DD")
    .option("--to <日期>", "检查日期到 YYYY-MM-DD")
    .option("--reissue", "已发过通知书的问题也重新发")
    .option("--date <日期>", "成文日期 YYYY-MM-DD（默认今天）")
    .option("--issuer <机关>", "发文机关全称（版头和落款；记入输出工作簿的“设置”）")
    .option("--json", "输出 JSON：{ notices: [...], skipped: [...] }")
    .action(lazy(async () => (await import("./noticesCommand")).noticesCommand));
  program
    .command("report")
    .description("月报：发现、整改、整改率、按期整改率、超期未整改，按单位和类别")
    .argument("<台账...>", "一个或多个台账工作簿（原始台账或含“标准台账”的工作簿）")
    .requiredOption("--month <YYYY-MM>", "统计月份")
    .option("--as-of <日期>", "超期未整改的截止日期 YYYY-MM-DD（默认该月最后一天）")
    .option("--out <文件>", "写出含“月报-YYYY-MM”工作表的工作簿")
    .option("--json", "输出 JSON（比率为 0–1 的小数，没有发现问题时为 null）")
    .action(lazy(async () => (await import("./reportCommand")).reportCommand));
  program
    .command("distribute")
    .description("交办单：为每个有未整改问题的单位生成一份可填写回复的工作簿")
    .argument("<台账>", "台账工作簿（原始台账或含“标准台账”的工作簿）")
    .requiredOption("--out <文件夹>", "输出文件夹：每个单位一个 交办单-单位-日期.xlsx")
    .option("--units <单位>", "只发给这些单位（逗号分隔）")
    .option("--from <日期>", "检查日期从 YYYY-MM-DD")
    .option("--to <日期>", "检查日期到 YYYY-MM-DD")
    .option("--date <日期>", "交办日期 YYYY-MM-DD（默认今天）")
    .option("--json", "输出 JSON：{ files: [{ unit, file, findings }] }")
    .action(lazy(async () => (await import("./distributeCommand")).distributeCommand));
  program
    .command("consolidate")
    .description("汇总：把各单位报回的文件合并到汇总工作簿，并统计报送情况")
    .argument("<文件或文件夹...>", "工作簿或文件夹（.xlsx/.xlsm/.xls/.csv）")
    .requiredOption("--out <文件>", "汇总工作簿 .xlsx（已存在则就地更新，只改写本加载项的工作表）")
    .option("--units <单位名录>", "单位名录工作簿（默认使用汇总工作簿中的“单位名录”）")
    .option("--month <YYYY-MM>", "按月统计报送情况（默认按交办批次，或本月）")
    .option("--batch <批次>", "按这个交办批次统计报送情况，如 交办-2025-06-06")
    .option("--json", "输出 JSON：{ records, sources, duplicates, conflicts, missingUnits }")
    .action(lazy(async () => (await import("./consolidateCommand")).consolidateCommand));
  return program;
}

/** Exit codes: 0 done (or help shown), 1 a bug, 2 the arguments or the input cannot be used. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  // "--" alone names no command either (commander would print the help and exit 1).
  if (argv.every((a) => a === "--")) {
    process.stderr.write(`错误：${noCommandMessage(program)}\n`);
    return 2;
  }
  // `help <x>` for a command that does not exist (after a leading "--" too, which commander skips):
  // commander prints the general help and exits 1.
  const at = argv[0] === "--" ? 1 : 0;
  if (argv[at] === "help" && argv.length > at + 1 && !program.commands.some((c) => c.name() === argv[at + 1])) {
    process.stderr.write(`错误：没有“${argv[at + 1]}”这个命令。运行 chuangwei --help 查看可用的命令。\n`);
    return 2;
  }
  try {
    await program.parseAsync([...argv], { from: "user" });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return e.exitCode;
      process.stderr.write(`错误：${usageMessage(e, program, argv)}\n`);
      return 2;
    }
    return reportError(e);
  }
}

/**
 * Entry of the worker threads consolidate reads files in (see IncomingReportPool). `saveCache`
 * keeps the worker's V8 code cache (see cliWorker), called once the first file is done.
 */
export function serveIncomingReports(saveCache?: () => void): void {
  void import("./incomingReportWorker").then((m) => m.serveIncomingReports(saveCache));
}

/** Entry of the worker thread notices makes large .docx batches in (see noticesDocxMaker). */
export function serveNoticesDocx(saveCache?: () => void): void {
  void import("./noticesDocxWorker").then((m) => m.serveNoticesDocx(saveCache));
}

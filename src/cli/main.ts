import { Command } from "commander";
import { reportError } from "./cliErrors";
import { structureCommand } from "./structureCommand";
import { validateCommand } from "./validateCommand";
import { noticesCommand } from "./noticesCommand";
import { reportCommand } from "./reportCommand";
import { distributeCommand } from "./distributeCommand";
import { consolidateCommand } from "./consolidateCommand";

export function buildProgram(): Command {
  const program = new Command();
  program.name("chuangwei").description("创卫台账助手：结构化、校验、整改通知书与月报").showHelpAfterError();
  program
    .command("structure")
    .description("把手工台账结构化为标准台账")
    .argument("<file>", "工作簿（.xlsx/.xlsm/.xls/.csv）")
    .option("--json", "按约定的 JSON 格式输出（只输出 JSON）")
    .option("--out <file>", "写出结构化后的工作簿 .xlsx（含“标准台账”工作表）")
    .action(structureCommand);
  program
    .command("validate")
    .description("校验台账：找出有问题的单元格")
    .argument("<file>", "工作簿（.xlsx/.xlsm/.xls/.csv）")
    .option("--units <registry>", "单位名录工作簿（默认使用本工作簿中的“单位名录”表）")
    .option("--as-of <date>", "超期判断的截止日期 YYYY-MM-DD（默认今天）")
    .option("--json", "输出 JSON：{ problems: [...] }")
    .option("--out <file>", "写出含“校验结果”“标准台账”（带标记）的工作簿")
    .action(validateCommand);
  program
    .command("notices")
    .description("为有未整改问题的单位生成整改通知书（编号、登记、回写）")
    .argument("<ledger>", "台账工作簿，或上次生成的 通知书.xlsx")
    .requiredOption("--out <dir>", "输出文件夹：通知书.xlsx 和每份通知书的 .docx")
    .option("--units <list>", "只发给这些单位（逗号分隔）")
    .option("--from <date>", "检查日期从 YYYY-MM-DD")
    .option("--to <date>", "检查日期到 YYYY-MM-DD")
    .option("--reissue", "已发过通知书的问题也重新发")
    .option("--date <date>", "成文日期 YYYY-MM-DD（默认今天）")
    .option("--json", "输出 JSON：{ notices: [...], skipped: [...] }")
    .action(noticesCommand);
  program
    .command("report")
    .description("月报：发现、整改、整改率、按期整改率、超期未整改，按单位和类别")
    .argument("<ledgers...>", "一个或多个台账工作簿（原始台账或含“标准台账”的工作簿）")
    .requiredOption("--month <YYYY-MM>", "统计月份")
    .option("--as-of <date>", "超期未整改的截止日期 YYYY-MM-DD（默认该月最后一天）")
    .option("--out <file>", "写出含“月报-YYYY-MM”工作表的工作簿")
    .option("--json", "输出 JSON（比率为 0–1 的小数，没有发现问题时为 null）")
    .action(reportCommand);
  program
    .command("distribute")
    .description("交办单：为每个有未整改问题的单位生成一份可填写回复的工作簿")
    .argument("<ledger>", "台账工作簿（原始台账或含“标准台账”的工作簿）")
    .requiredOption("--out <dir>", "输出文件夹：每个单位一个 交办单-单位-日期.xlsx")
    .option("--units <list>", "只发给这些单位（逗号分隔）")
    .option("--from <date>", "检查日期从 YYYY-MM-DD")
    .option("--to <date>", "检查日期到 YYYY-MM-DD")
    .option("--date <date>", "交办日期 YYYY-MM-DD（默认今天）")
    .option("--json", "输出 JSON：{ files: [{ unit, file, findings }] }")
    .action(distributeCommand);
  program
    .command("consolidate")
    .description("汇总：把各单位报回的文件合并到汇总工作簿，并统计报送情况")
    .argument("<files...>", "工作簿或文件夹（.xlsx/.xlsm/.xls/.csv）")
    .requiredOption("--out <file>", "汇总工作簿 .xlsx（已存在则就地更新，只改写本加载项的工作表）")
    .option("--units <registry>", "单位名录工作簿（默认使用汇总工作簿中的“单位名录”）")
    .option("--month <YYYY-MM>", "按月统计报送情况（默认按交办批次，或本月）")
    .option("--json", "输出 JSON：{ records, sources, duplicates, conflicts, missingUnits }")
    .action(consolidateCommand);
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    const program = buildProgram();
    program.exitOverride();
    await program.parseAsync([...argv], { from: "user" });
    return 0;
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === "commander.helpDisplayed" || code === "commander.version") return 0;
    if (typeof code === "string" && code.startsWith("commander.")) return 2;
    return reportError(e);
  }
}

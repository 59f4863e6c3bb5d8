import { Command, CommanderError, Help } from "commander";

/** Commander's help headings, as a Chinese user reads them. */
const TITLES: Record<string, string> = {
  "Usage:": "用法：",
  "Arguments:": "参数：",
  "Options:": "选项：",
  "Commands:": "命令：",
  "Global Options:": "通用选项：",
};

/** `structure <工作簿> [选项]`: a command's own part of the usage line, without commander's English `[options]`. */
function ownUsage(cmd: Command): string {
  const args = cmd.registeredArguments.map((a) => {
    const term = `${a.name()}${a.variadic ? "…" : ""}`;
    return a.required ? `<${term}>` : `[${term}]`;
  });
  const hasOptions = cmd.options.length > 0;
  return [cmd.name(), ...(cmd.commands.length > 0 ? ["<命令>"] : []), ...args, ...(hasOptions ? ["[选项]"] : [])].join(" ");
}

/** `chuangwei structure <工作簿> [选项]`. */
function commandUsage(cmd: Command): string {
  const parents: string[] = [];
  for (let c = cmd.parent; c; c = c.parent) parents.unshift(c.name());
  return [...parents, ownUsage(cmd)].join(" ");
}

/** Columns a terminal gives a string: CJK characters and full-width punctuation take two. */
const displayWidth = (s: string): number =>
  s.length + (s.match(/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g)?.length ?? 0);

/** A program whose help, usage errors and help command speak Chinese; errors are thrown, never printed here. */
export function chineseProgram(name: string, description: string): Command {
  const program = new Command(name);
  program
    .description(description)
    .configureHelp({
      styleTitle: (t: string) => TITLES[t] ?? t,
      commandUsage: (cmd: Command) => commandUsage(cmd),
      subcommandTerm: (cmd: Command) => ownUsage(cmd),
      displayWidth,
      formatHelp(this: Help, cmd: Command, helper: Help) {
        return Help.prototype.formatHelp.call(this, cmd, helper).replace(/^用法： /, "用法：");
      },
    } as Partial<Help>)
    .helpOption("-h, --help", "显示帮助")
    .helpCommand("help [命令]", "显示某个命令的帮助")
    .showSuggestionAfterError(true)
    // Errors reach main() as CommanderError and are reported there in one Chinese line.
    .configureOutput({ outputError: () => {} })
    .exitOverride();
  return program;
}

const quoted = (message: string): string[] => [...message.matchAll(/'([^']+)'/g)].map((m) => m[1]!);

function suggestion(message: string): string {
  const m = /Did you mean (?:one of )?([^?]+)\?/.exec(message);
  return m ? `（是不是 ${m[1]!.trim()}？）` : "";
}

/** The subcommand argv names, if any (usage errors inside it are explained with its own usage line). */
function commandOf(program: Command, argv: readonly string[]): Command | null {
  const first = argv.find((a) => !a.startsWith("-"));
  return program.commands.find((c) => c.name() === first) ?? null;
}

/** One Chinese line for a usage error commander raised, with where to read more. */
export function usageMessage(e: CommanderError, program: Command, argv: readonly string[]): string {
  const cmd = commandOf(program, argv);
  const name = cmd ? `${program.name()} ${cmd.name()}` : program.name();
  const seeHelp = `用法：${commandUsage(cmd ?? program)}（${name} --help 查看说明）`;
  const [first] = quoted(e.message);
  const optionTerm = (flags: string | undefined) => (flags ?? "").replace(/^-\w, /, "");
  switch (e.code) {
    case "commander.missingArgument": {
      const arg = cmd?.registeredArguments.find((a) => a.name() === first);
      return `${name} 缺少参数 <${first}>${arg?.description ? `：${arg.description}` : ""}。${seeHelp}`;
    }
    case "commander.optionMissingArgument":
      return `选项 ${optionTerm(first)} 后面缺少取值。${seeHelp}`;
    case "commander.missingMandatoryOptionValue":
      return `${name} 缺少必需的选项 ${optionTerm(first)}。${seeHelp}`;
    case "commander.unknownOption":
      return `不认识的选项 ${first}${suggestion(e.message)}。${seeHelp}`;
    case "commander.excessArguments": {
      const expected = cmd?.registeredArguments.length ?? 0;
      return `${name} 的参数太多：只需要 ${expected} 个文件或取值。${seeHelp}`;
    }
    case "commander.unknownCommand":
      return `不认识的命令“${first}”${suggestion(e.message)}，可用的命令：${program.commands.map((c) => c.name()).join("、")}（${program.name()} --help 查看说明）`;
    default:
      return `命令行参数有误。${seeHelp}`;
  }
}

/** No command at all: say what to type instead of printing commander's help to stderr. */
export function noCommandMessage(program: Command): string {
  return `请指定要做的事（命令）：${program.commands.map((c) => c.name()).join("、")}，例如 ${program.name()} structure 台账.xlsx（${program.name()} --help 查看说明）`;
}

export { CommanderError };

/** The Chinese name of a kind of problem, for the pane (the core's, shared with the 校验结果 sheet). */
export { ruleLabel } from "../core/validate/ruleLabels";

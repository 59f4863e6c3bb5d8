/** How the pane shows a raw source cell: the same folding the core applies when it reads one. */
export { cellText as displayCell } from "../core/normalize/text";

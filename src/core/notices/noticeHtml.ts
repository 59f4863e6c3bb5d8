import type { NoticeModel } from "./buildNotices";
import { escapeMarkup as esc } from "../output/escapeMarkup";
import { dataUrl } from "../photos/imageData";

/** Font stacks: the official faces where installed (Windows/WPS), then common substitutes, then Noto CJK. */
export const TITLE_FONTS = `"方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "华文中宋", "STZhongsong", "宋体", "SimSun", "Noto Serif CJK SC", serif`;
export const BODY_FONTS = `"仿宋_GB2312", "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC", serif`;
const HEITI = `"黑体", "SimHei", "Noto Sans CJK SC", sans-serif`;

/**
 * Print CSS after GB/T 9704-2012 where it applies: A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm (so
 * 26 mm right, 35 mm bottom), title 二号 (22 pt) 小标宋, body 三号 (16 pt) 仿宋. The leading is 1.5 lines
 * rather than the standard's 28.9 pt so that a short notice and its 回执 share one sheet of paper.
 * Tables repeat their header on every page, rows never split, the 落款 stays whole, and the cut line
 * never leaves its 回执: the two go over to the next page together. The 回执's columns are fixed, the same
 * on every notice whatever its 文号 and unit; a paragraph does not end on a line of one character ("位。").
 */
export const NOTICE_CSS = `
@page { size: A4 portrait; margin: 37mm 26mm 35mm 28mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: ${BODY_FONTS}; font-size: 16pt; line-height: 1.4; color: #000; }
.notice { width: 156mm; margin: 0 auto; break-after: page; }
.notice:last-child { break-after: auto; }
.masthead { text-align: center; color: #c00; font-family: ${TITLE_FONTS}; font-size: 26pt; line-height: 1.25; letter-spacing: 1pt; margin: 0; }
.docno { text-align: center; margin: 4pt 0 2pt; }
.redline { border: 0; border-top: 2px solid #c00; margin: 0 0 6pt; }
h1 { font-family: ${TITLE_FONTS}; font-size: 22pt; line-height: 1.3; font-weight: normal; text-align: center; margin: 0 0 6pt; }
p { margin: 0; text-align: justify; text-wrap: pretty; }
.indent { text-indent: 2em; }
table { width: 100%; border-collapse: collapse; font-size: 10.5pt; line-height: 1.35; margin: 4pt 0 6pt; }
thead { display: table-header-group; }
th { font-family: ${HEITI}; font-weight: normal; white-space: nowrap; }
th, td { border: 1px solid #000; padding: 2pt 3pt; vertical-align: middle; }
td { white-space: pre-line; }
.photos { margin-top: 3pt; line-height: 0; }
.photos img { max-width: 28mm; max-height: 21mm; margin: 0 3pt 3pt 0; border: 0.5pt solid #999; vertical-align: top; }
td.n, td.when { text-align: center; white-space: nowrap; }
tr { break-inside: avoid; }
.close { break-inside: avoid; }
.sign { text-align: right; margin-top: 2pt; padding-right: 2em; }
.cc { border-top: 1px solid #000; border-bottom: 1px solid #000; font-size: 14pt; line-height: 1.4; margin-top: 4pt; padding: 0 1em; }
.tail { break-inside: avoid; page-break-inside: avoid; }
.cut { margin: 4pt 0 3pt; text-align: center; font-size: 10.5pt; color: #444; border-top: 1px dashed #444; line-height: 1; padding-top: 3pt; }
.receipt h2 { font-family: ${HEITI}; font-weight: normal; font-size: 12pt; line-height: 1.3; text-align: center; margin: 0 0 3pt; }
.receipt table { font-size: 10.5pt; margin: 0; table-layout: fixed; }
.receipt td.label { text-align: center; white-space: nowrap; }
.receipt td.tall { height: 12mm; }
@media screen { body { background: #eee; } .notice { background: #fff; padding: 37mm 26mm 35mm 28mm; width: 210mm; min-height: 297mm; margin: 10mm auto; box-shadow: 0 0 4px #999; } }
`;

/** The problem's 整改前 pictures under its text (they print with the notice; nothing leaves the machine). */
function photosHtml(i: NoticeModel["items"][number]): string {
  if (!i.photos?.length) return "";
  return `<div class="photos">${i.photos.map((p) => `<img src="${dataUrl(p.mime, p.data)}" alt="整改前照片" />`).join("")}</div>`;
}

function noticeHtml(n: NoticeModel): string {
  const head = n.assignment
    ? "<tr><th>序号</th><th>责任单位</th><th>问题</th><th>地点</th><th>整改要求</th><th>整改时限</th></tr>"
    : "<tr><th>序号</th><th>问题</th><th>地点</th><th>整改要求</th><th>整改时限</th></tr>";
  const rows = n.items
    .map(
      (i) =>
        `<tr><td class="n">${i.n}</td>${n.assignment ? `<td>${esc(i.unit)}</td>` : ""}<td>${esc(i.description)}${photosHtml(i)}</td><td>${esc(i.location)}</td><td>${esc(i.requirement)}</td><td class="when">${esc(i.deadline)}</td></tr>`,
    )
    .join("");
  const cols = n.assignment ? [8, 16, 26, 16, 15, 19] : [8, 30, 21, 22, 19];
  // The masthead stays on one line: long 机关 names get a smaller size (156 mm holds ~16 characters at 26 pt).
  const mastheadPt = Math.min(26, Math.floor((156 / 0.3528 / Math.max(n.issuer.length, 1)) * 0.95));
  return `<section class="notice" data-docno="${esc(n.docNo)}">
${n.issuer ? `<div class="masthead" style="font-size:${mastheadPt}pt">${esc(n.issuer)}</div>` : ""}
<div class="docno">${esc(n.docNo)}</div>
<hr class="redline" />
<h1>${esc(n.title)}</h1>
<p>${esc(n.recipient)}：</p>
<p class="indent">${esc(n.opening)}</p>
<table><colgroup>${cols.map((w) => `<col style="width:${w}%" />`).join("")}</colgroup><thead>${head}</thead><tbody>${rows}</tbody></table>
${n.requirements.map((r) => `<p class="indent">${esc(r)}</p>`).join("\n")}
${n.contact ? `<p class="indent">${esc(n.contact)}</p>` : ""}
<div class="close">
<p class="sign">${esc(n.issuer || "（发文机关）")}<br />${esc(n.issuedOnText)}</p>
${n.cc ? `<p class="cc">抄送：${esc(n.cc)}。</p>` : ""}
</div>
<div class="tail">
<div class="cut">✂ 沿此线剪下</div>
<div class="receipt">
<h2>整改回执</h2>
<table><colgroup><col style="width:18%" /><col style="width:37%" /><col style="width:18%" /><col style="width:27%" /></colgroup>
<tr><td class="label">文号</td><td>${esc(n.docNo)}</td><td class="label">单位</td><td>${esc(n.recipient)}</td></tr>
<tr><td class="label">整改情况</td><td colspan="3" class="tall"></td></tr>
<tr><td class="label">完成日期</td><td></td><td class="label">负责人签字</td><td></td></tr>
<tr><td class="label">日期</td><td></td><td class="label">单位盖章</td><td></td></tr>
</table>
</div>
</div>
</section>`;
}

/** A preview says so across every page: it has no number yet and must not pass for an issued notice. */
const PREVIEW_CSS = `
.notice { position: relative; }
.notice::before { content: "预览 · 未编号"; position: absolute; top: 90mm; left: 0; right: 0; text-align: center;
  font: 44pt ${HEITI}; color: rgba(200, 0, 0, 0.2); transform: rotate(-30deg); pointer-events: none; }
`;

/** The whole print document: one A4 notice after another, ready for window.print(). */
export function noticesHtmlDocument(notices: readonly NoticeModel[], title = "整改通知书", options: { preview?: boolean } = {}): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8" /><title>${esc(title)}</title><style>${NOTICE_CSS}${options.preview ? PREVIEW_CSS : ""}</style></head>
<body>
${notices.map(noticeHtml).join("\n")}
</body></html>`;
}

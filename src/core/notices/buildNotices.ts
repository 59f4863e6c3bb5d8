import type { Finding } from "../model/finding";
import { isPrintableImage } from "../photos/imageData";
import { chineseDate, formatDocNo } from "./docNumber";
import { defaultConsequence, defaultTeam, NOTICE_TITLES, type NoticeSettings } from "./noticeSettings";
import { nextNumbers, type RegisterEntry } from "./noticeRegister";

export interface NoticeItem {
  n: number;
  unit: string;
  description: string;
  location: string;
  requirement: string;
  deadline: string;
  findingId: string;
  /** The problem's 整改前 pictures, when the notice setting asks for them (the ledger's own bytes). */
  photos?: NoticePhoto[];
}

export interface NoticePhoto {
  mime: string;
  data: Uint8Array;
}

/** One printed notice: everything the renderers (sheet, HTML, .docx) lay out, already in words. */
export interface NoticeModel {
  /** 代字〔年〕N号; a preview leaves N blank (the number is taken only when the notice is issued). */
  docNo: string;
  year: number;
  /** null in a preview. */
  number: number | null;
  title: string;
  issuer: string;
  /** 主送: the unit, or for a 交办单 every unit. */
  recipient: string;
  units: string[];
  opening: string;
  items: NoticeItem[];
  requirements: string[];
  contact: string | null;
  cc: string | null;
  issuedOn: string;
  issuedOnText: string;
  assignment: boolean;
}

export function deadlineText(d: Finding["deadline"]): string {
  if (d === "immediate") return "立行立改";
  if (d === "longTerm") return "长期坚持";
  return d ? chineseDate(d) : "";
}

function inspectionSpan(findings: readonly Finding[]): string {
  const dates = findings.map((f) => f.inspectedOn!).sort();
  const first = dates[0]!;
  const last = dates[dates.length - 1]!;
  if (first === last) return chineseDate(first);
  return first.slice(0, 4) === last.slice(0, 4)
    ? `${chineseDate(first)}至${chineseDate(last).slice(5)}`
    : `${chineseDate(first)}至${chineseDate(last)}`;
}

function items(findings: readonly Finding[], s: NoticeSettings): NoticeItem[] {
  return findings.map((f, i) => ({
    n: i + 1,
    unit: f.unit ?? "",
    description: f.description ?? "",
    location: f.location ?? "",
    requirement: f.measure ?? "立即整改，举一反三，建立长效管理机制",
    deadline: deadlineText(f.deadline),
    findingId: f.id,
    photos: s.photos ? (f.photos?.before ?? []).filter((p) => isPrintableImage(p.mime)).map((p) => ({ mime: p.mime, data: p.data })) : [],
  }));
}

function body(
  s: NoticeSettings,
  findings: readonly Finding[],
  assignment: boolean,
): Pick<NoticeModel, "opening" | "requirements" | "contact" | "cc"> {
  const who = assignment ? "相关单位" : "你单位";
  // A long official name is said once, in the 版头 and 落款; the body calls the office 我办.
  const issuer = s.issuer && s.issuer.length <= 10 ? s.issuer : "我办";
  return {
    opening: `${inspectionSpan(findings)}，${s.team || defaultTeam(s)}采取${s.method}方式对${who}创卫工作进行了督查，发现以下问题，请按要求限期整改到位。`,
    requirements: [
      `一、请${who}高度重视，逐项落实整改责任人和整改措施，在整改时限内整改到位，并举一反三，建立长效管理机制。`,
      `二、整改完成后，请于${s.reportDays}个工作日内填写下方回执，附整改前后对比照片，报${issuer}申请复查销号。`,
      `三、${s.consequence || defaultConsequence(s)}`,
    ],
    contact: s.contact || s.phone ? `联系人：${s.contact}${s.phone ? `\u3000联系电话：${s.phone}` : ""}` : null,
    cc: s.cc || null,
  };
}

/** The docNo a preview shows: the number's place left blank, as on a draft. */
export function unnumberedDocNo(prefix: string, year: number): string {
  return `${prefix}〔${year}〕\u3000\u3000号`;
}

/**
 * One notice per unit (or one 交办单 for all units), numbered on from the register for the year
 * of issue (unless a preview), units in the order they first appear in the ledger.
 */
export function buildNotices(
  findings: readonly Finding[],
  settings: NoticeSettings,
  register: readonly RegisterEntry[],
  issuedOn: string,
  options: { preview?: boolean } = {},
): NoticeModel[] {
  if (findings.length === 0) return [];
  const year = Number(issuedOn.slice(0, 4));
  const groups = new Map<string, Finding[]>();
  // Appended in place: copying a unit's list on every finding was quadratic (300k findings, 10 units: 110 s).
  for (const f of findings) {
    const list = groups.get(f.unit!);
    if (list) list.push(f);
    else groups.set(f.unit!, [f]);
  }
  const assignment = settings.variant === "assignment";
  const batches = assignment ? [[...groups.keys()]] : [...groups.keys()].map((u) => [u]);
  const numbers = nextNumbers(register, year, batches.length);
  return batches.map((units, i) => {
    const list = units.flatMap((u) => groups.get(u)!);
    const number = options.preview ? null : numbers[i]!;
    return {
      docNo: number === null ? unnumberedDocNo(settings.prefix, year) : formatDocNo(settings.prefix, year, number),
      year,
      number,
      title: assignment && settings.title === NOTICE_TITLES.notice ? NOTICE_TITLES.assignment : settings.title,
      issuer: settings.issuer,
      recipient: units.join("、"),
      units,
      items: items(list, settings),
      issuedOn,
      issuedOnText: chineseDate(issuedOn),
      assignment,
      ...body(settings, list, assignment),
    };
  });
}

/** The register rows for freshly built notices. */
export function registerEntries(notices: readonly NoticeModel[]): RegisterEntry[] {
  return notices.map((n) => {
    if (n.number === null) throw new Error(`bug: preview ${n.docNo} cannot be registered`);
    return registerEntry(n, n.number);
  });
}

function registerEntry(n: NoticeModel, number: number): RegisterEntry {
  return {
    docNo: n.docNo,
    year: n.year,
    number,
    unit: n.recipient,
    issuedOn: n.issuedOn,
    problemCount: n.items.length,
    findingIds: n.items.map((i) => i.findingId),
    status: "有效",
  };
}

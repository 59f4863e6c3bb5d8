import { Button, Dropdown, Input, Option, Select, Text, Textarea } from "@fluentui/react-components";
import {
  defaultConsequence,
  defaultTeam,
  effectiveLevel,
  OFFICE_LEVELS,
  type NoticeSettings,
  type OfficeLevel,
} from "../../../core/notices/noticeSettings";
import type { NoticesPanelState } from "./useNoticesPanel";
import type { useNoticesPanelStyles } from "./useNoticesPanelStyles";

type Classes = ReturnType<typeof useNoticesPanelStyles>;
type TextKey = "prefix" | "title" | "team" | "contact" | "phone" | "cc";
const TEXT_FIELDS: Array<[TextKey, string]> = [
  ["prefix", "发文代字"],
  ["title", "标题"],
  ["team", "检查组"],
  ["contact", "联系人"],
  ["phone", "联系电话"],
  ["cc", "抄送"],
];
const VARIANTS = { notice: "限期整改通知书（每单位一份）", assignment: "督查问题交办单" } as const;

export function FieldRow({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <Text size={200}>{label}</Text>
      {children}
    </>
  );
}

function LevelSelect({ s, state, size = "small" }: { s: NoticeSettings; state: NoticesPanelState; size?: "small" | "medium" }) {
  return (
    <Select
      size={size}
      aria-label="级别"
      value={effectiveLevel(s) ?? ""}
      onChange={(_, d) => state.editSetting("level", (d.value || null) as OfficeLevel | null)}
    >
      {effectiveLevel(s) === null && <option value="">请选择</option>}
      {OFFICE_LEVELS.map((l) => (
        <option key={l} value={l}>
          {l}级（全{l}通报）
        </option>
      ))}
    </Select>
  );
}

/** Asked once: a notice without its office's name is not a document, so nothing is numbered before it is given. */
export function FirstUseCard({ s, state, classes }: { s: NoticeSettings; state: NoticesPanelState; classes: Classes }) {
  return (
    <section className={classes.firstUse} role="region" aria-label="首次使用：发文机关">
      <Text weight="semibold">首次使用：请填写发文机关</Text>
      <Text size={200}>通知书的版头和落款使用发文机关全称。只需填写一次，保存在本工作簿的“设置”表中，同事打开时也能看到。</Text>
      <Input
        aria-label="发文机关全称"
        placeholder="如：某区创建国家卫生城市工作领导小组办公室"
        value={s.issuer}
        onChange={(_, d) => state.editSetting("issuer", d.value)}
      />
      <div className={classes.actions}>
        <label className={classes.level}>
          <Text size={200}>级别</Text>
          <LevelSelect s={s} state={state} size="medium" />
        </label>
        <Button
          appearance="primary"
          disabled={state.phase === "running" || !s.issuer.trim() || effectiveLevel(s) === null}
          onClick={() => void state.saveSettings()}
        >
          保存到“设置”
        </Button>
      </div>
    </section>
  );
}

/** The notice settings, each with the default it falls back to shown as its placeholder. */
export function NoticeSettingsForm({ s, state, classes }: { s: NoticeSettings; state: NoticesPanelState; classes: Classes }) {
  const placeholders: Partial<Record<TextKey, string>> = { team: defaultTeam(s), cc: "（无）" };
  return (
    <div className={classes.form} aria-label="通知书设置">
      {!state.firstUse && (
        <>
          <FieldRow label="发文机关">
            <Input size="small" aria-label="发文机关" value={s.issuer} onChange={(_, d) => state.editSetting("issuer", d.value)} />
          </FieldRow>
          <FieldRow label="级别">
            <LevelSelect s={s} state={state} />
          </FieldRow>
        </>
      )}
      {TEXT_FIELDS.map(([key, label]) => (
        <FieldRow key={key} label={label}>
          <Input
            size="small"
            value={s[key]}
            aria-label={label}
            placeholder={placeholders[key]}
            onChange={(_, d) => state.editSetting(key, d.value)}
          />
        </FieldRow>
      ))}
      <FieldRow label="检查方式">
        <Dropdown
          size="small"
          className={classes.dropdown}
          aria-label="检查方式"
          value={s.method}
          selectedOptions={[s.method]}
          onOptionSelect={(_, d) => state.editSetting("method", d.optionValue as NoticeSettings["method"])}
        >
          {["明查", "暗访", "明查暗访"].map((m) => (
            <Option key={m} value={m}>
              {m}
            </Option>
          ))}
        </Dropdown>
      </FieldRow>
      <FieldRow label="样式">
        <Dropdown
          size="small"
          className={classes.dropdown}
          aria-label="样式"
          value={VARIANTS[s.variant]}
          selectedOptions={[s.variant]}
          onOptionSelect={(_, d) => state.editSetting("variant", d.optionValue as NoticeSettings["variant"])}
        >
          <Option value="notice">{VARIANTS.notice}</Option>
          <Option value="assignment">{VARIANTS.assignment}</Option>
        </Dropdown>
      </FieldRow>
      <FieldRow label="通报措辞">
        <Textarea
          size="small"
          aria-label="通报措辞"
          resize="vertical"
          rows={3}
          value={s.consequence || defaultConsequence(s)}
          // Left as the level's default, it follows the level; edited, it is the office's own wording.
          onChange={(_, d) => state.editSetting("consequence", d.value === defaultConsequence(s) ? "" : d.value)}
        />
      </FieldRow>
      <FieldRow label="成文日期">
        <Input
          size="small"
          type="date"
          aria-label="成文日期"
          value={state.issuedOn}
          onChange={(_, d) => d.value && state.setIssuedOn(d.value)}
        />
      </FieldRow>
    </div>
  );
}

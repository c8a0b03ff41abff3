import { Badge, Field, Select, Text } from "@fluentui/react-components";
import * as React from "react";
import { Consolidation } from "../core/import/consolidate";
import { RULES, RuleCode } from "../core/validate/problems";
import { MASTER } from "../core/contract";
import { selectCell } from "../excel/readSheets";
import { Host } from "./host";
import { Words } from "./i18n";

/** The problems, grouped by rule and filterable; a click selects the cell it is about. */
export function ProblemsStep({ host, t, consolidation }: { host: Host; t: Words; consolidation: Consolidation | null }): React.JSX.Element {
  const [severity, setSeverity] = React.useState("");
  if (!consolidation) return <Text>{t.nothingYet}</Text>;
  const shown = consolidation.problems.map((p, i) => ({ p, row: i + 2 })).filter(({ p }) => severity === "" || p.severity === severity);
  const codes = [...new Set(shown.map(({ p }) => p.code))];
  const go = (file: string, sheet: string, column: string | null, row: number | null, masterRow: number) => {
    // A problem on the sheet structured in place selects its own cell; others, their row in Kiểm tra.
    const target =
      file === "Sheet đang mở" && row !== null
        ? { sheet, address: `${column ?? "A"}${row}` }
        : { sheet: MASTER.problems.sheet, address: `A${masterRow}:H${masterRow}` };
    void selectCell(host.run, target.sheet, target.address).catch(() => undefined);
  };
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 8 }} data-testid="problems">
      <Field label={t.severity} orientation="horizontal">
        <Select value={severity} onChange={(_, d) => setSeverity(d.value)}>
          <option value="">{t.all}</option>
          <option value="Lỗi">Lỗi</option>
          <option value="Cảnh báo">Cảnh báo</option>
        </Select>
      </Field>
      {codes.map((code) => (
        <div key={code}>
          <Text weight="semibold">
            {RULES[code as RuleCode].title} <Badge appearance="tint">{shown.filter(({ p }) => p.code === code).length}</Badge>
          </Text>
          <ul style={{ margin: "4px 0", paddingLeft: 16 }}>
            {shown
              .filter(({ p }) => p.code === code)
              .map(({ p, row }) => (
                <li key={row}>
                  <a href="#" onClick={(e) => (e.preventDefault(), go(p.file, p.sheet, p.column, p.row, row))} data-problem={p.code}>
                    {p.file} › {p.sheet}
                    {p.row !== null ? ` › ${p.column ?? ""}${p.row}` : ""}
                  </a>
                  : <Text size={200}>{p.message}</Text>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

import { Badge, Button, Field, Link, Select, Text } from "@fluentui/react-components";
import * as React from "react";
import { MASTER } from "../core/contract";
import { Consolidation } from "../core/import/consolidate";
import { Problem, RuleCode } from "../core/validate/problems";
import { Severity } from "../core/vocab";
import { OutcomeBar } from "./controls";
import { ACTIVE } from "./paneState";
import { useStyles } from "./styles";
import { Pane } from "./usePane";

/** Shown per rule before "show more": thousands of links would make the pane crawl. */
const FIRST = 30;

/** Where a click on a problem goes: its own cell on the sheet structured in place, else its row in Kiểm tra. */
function target(p: Problem, masterRow: number): { sheet: string; address: string } {
  if (p.file === ACTIVE && p.row !== null) return { sheet: p.sheet, address: `${p.column ?? "A"}${p.row}` };
  return { sheet: MASTER.problems.sheet, address: `A${masterRow}:H${masterRow}` };
}

/** Step 3: the problems grouped by rule, filterable by severity; a click selects the cell in Excel. */
export function ProblemsStep({ pane, consolidation }: { pane: Pane; consolidation: Consolidation | null }): React.JSX.Element {
  const { state, t, workbook, perform } = pane;
  const styles = useStyles();
  const [severity, setSeverity] = React.useState<Severity | "">("");
  const [open, setOpen] = React.useState<ReadonlySet<RuleCode>>(new Set());
  if (!consolidation) return <Text>{t.nothingYet}</Text>;
  // Kiểm tra lists the problems in this order, from its second row.
  const shown = consolidation.problems.map((p, i) => ({ p, row: i + 2 })).filter(({ p }) => severity === "" || p.severity === severity);
  const codes = [...new Set(shown.map(({ p }) => p.code))];
  const go = (p: Problem, row: number) =>
    perform("select", async () => {
      const at = target(p, row);
      await workbook.selectCell(at.sheet, at.address);
      return null;
    });
  return (
    <div className={styles.panel} data-testid="problems">
      <Text data-testid="problem-count">{t.problemsFound(consolidation.problems.length)}</Text>
      <Field label={t.severity} className={styles.shrink}>
        <Select
          className={styles.shrink}
          value={severity}
          onChange={(_, d) => setSeverity(d.value as Severity | "")}
          data-testid="severity"
        >
          <option value="">{t.all}</option>
          <option value="Lỗi">{t.severities["Lỗi"]}</option>
          <option value="Cảnh báo">{t.severities["Cảnh báo"]}</option>
        </Select>
      </Field>
      <Text size={200} className={styles.muted}>
        {t.clickHint}
      </Text>
      <OutcomeBar job="select" outcome={state.outcomes.select} t={t} />
      {codes.length === 0 && <Text>{t.noneAtSeverity}</Text>}
      {codes.map((code) => {
        const all = shown.filter(({ p }) => p.code === code);
        const list = open.has(code) ? all : all.slice(0, FIRST);
        return (
          <section key={code} className={styles.section} aria-label={t.ruleTitle(code)}>
            <h2 className={styles.sectionTitle}>
              {t.ruleTitle(code)} <Badge appearance="tint">{all.length}</Badge>
            </h2>
            <ul className={styles.problemList}>
              {list.map(({ p, row }) => (
                <li key={row} className={styles.problem}>
                  <Link as="button" onClick={() => void go(p, row)} data-problem={p.code} className={styles.wrapText}>
                    {p.file} › {p.sheet}
                    {p.row !== null ? ` › ${p.column ?? ""}${p.row}` : ""}
                  </Link>
                  <Text as="p" size={200} block className={styles.problemText}>
                    {t.problemText(p)}
                  </Text>
                </li>
              ))}
            </ul>
            {list.length < all.length && (
              <div>
                <Button size="small" onClick={() => setOpen(new Set([...open, code]))}>
                  {t.showMore(all.length - list.length)}
                </Button>
              </div>
            )}
          </section>
        );
      })}
    </div>
  );
}

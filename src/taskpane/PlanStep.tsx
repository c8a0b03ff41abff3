import { Button, Field, Input, Text, Textarea } from "@fluentui/react-components";
import * as React from "react";
import { BUILTIN_PLAN } from "../core/plan/builtin";
import { Plan } from "../core/plan/model";
import { parsePlanText } from "../core/plan/parser";
import { describeTarget } from "../core/plan/target";
import { writePlanSheets } from "../excel/operations";
import { StepProps } from "./paneState";
import { ShownError } from "./shown";

type Props = StepProps;

function withBaseline(plan: Plan, code: string, value: number | null): Plan {
  return {
    ...plan,
    items: plan.items.map((i) =>
      i.code === code && i.target.kind === "baseline" ? { ...i, target: { ...i.target, baseline: value } } : i,
    ),
  };
}

export function PlanStep({ host, t, state, setState, run }: Props): React.JSX.Element {
  const [text, setText] = React.useState("");
  const readText = (source: string) => {
    const r = parsePlanText(source);
    if (!r.ok) return run("plan", async () => Promise.reject(new ShownError(r.error)));
    setState((s) => ({ ...s, plan: r.plan, planNotes: r.notes }));
    return Promise.resolve();
  };
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 8 }}>
      <Button onClick={() => setState((s) => ({ ...s, plan: BUILTIN_PLAN, planNotes: [] }))}>{t.builtin}</Button>
      <Field label={t.loadTxt}>
        <input
          type="file"
          accept=".txt,text/plain"
          data-testid="plan-file"
          onChange={async (e) => e.target.files?.[0] && readText(await e.target.files[0].text())}
        />
      </Field>
      <Field label={t.pasteHere}>
        <Textarea value={text} onChange={(_, d) => setText(d.value)} resize="vertical" />
      </Field>
      <Button disabled={text.trim() === ""} onClick={() => readText(text)}>
        {t.readPasted}
      </Button>
      <Text weight="semibold" data-testid="plan-title">
        {t.planOf(state.plan.identity.number, state.plan.items.length)}
      </Text>
      {state.planNotes.map((n, i) => (
        <Text key={i} size={200}>
          {n.level}: {n.message}
        </Text>
      ))}
      <table style={{ fontSize: 12, borderCollapse: "collapse" }} data-testid="plan-items">
        <tbody>
          {state.plan.items.map((i) => (
            <tr key={i.code} style={{ borderTop: "1px solid #ddd", verticalAlign: "top" }}>
              <td style={{ paddingRight: 6 }}>{i.code}</td>
              <td>
                <div>{i.title}</div>
                <div style={{ color: "#555" }}>
                  {describeTarget(i.target)} · {i.lead.join("; ") || "—"} · {i.deadline.text}
                </div>
                {i.target.kind === "baseline" && (
                  <Input
                    size="small"
                    type="number"
                    aria-label={`${i.code} ${t.baseline(i.target.year)}`}
                    placeholder={t.baseline(i.target.year)}
                    value={i.target.baseline === null ? "" : String(i.target.baseline)}
                    onChange={(_, d) =>
                      setState((s) => ({
                        ...s,
                        plan: withBaseline(s.plan, i.code, d.value === "" ? null : Number(d.value.replace(",", "."))),
                      }))
                    }
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Button appearance="primary" onClick={() => run("plan", async () => (await writePlanSheets(host.run, state.plan), t.planWritten))}>
        {t.writePlan}
      </Button>
    </div>
  );
}

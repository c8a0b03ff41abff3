import { Text } from "@fluentui/react-components";
import * as React from "react";
import { EarlyWarnings } from "../core/summary/warnings";
import { Words } from "./i18n";
import { useStyles } from "./styles";

/**
 * The early warnings of the Tổng hợp just built, under its button: the items whose trend falls
 * short of their next target and the tasks due soon that have not started, then the items too
 * little data could not project. The very warnings written into TongHopCanhBao (in Vietnamese, the
 * same words); when there are none, it says so.
 */
export function SummaryWarnings({ warnings, t }: { warnings: EarlyWarnings; t: Words }): React.JSX.Element {
  const styles = useStyles();
  const id = React.useId();
  const title = `${id}-title`;
  const notes = `${id}-notes`;
  return (
    <section className={styles.warnings} aria-labelledby={title} data-testid="summary-warnings">
      <h3 id={title} className={styles.subTitle}>
        {t.earlyWarningsTitle(warnings.asOf)}
      </h3>
      {warnings.warnings.length === 0 ? (
        <Text size={200} data-testid="no-warnings">
          {t.noWarnings}
        </Text>
      ) : (
        <ul className={styles.warningList} aria-labelledby={title}>
          {warnings.warnings.map((w, i) => (
            <li key={`${w.kind}-${i}`} data-warning={w.kind}>
              {t.earlyWarning(w)}
            </li>
          ))}
        </ul>
      )}
      {warnings.notes.length > 0 && (
        <>
          <h4 id={notes} className={styles.subTitle}>
            {t.warningNotesTitle}
          </h4>
          <ul className={styles.warningList} aria-labelledby={notes}>
            {warnings.notes.map((n) => (
              <li key={n.code} data-warning="note">
                {t.warningNote(n)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

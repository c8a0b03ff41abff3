import { Button, ProgressBar, Text, mergeClasses } from "@fluentui/react-components";
import * as React from "react";
import { SheetReport } from "../core/import/consolidate";
import { fileStatusText, fileView } from "./fileView";
import { fileRemoved } from "./paneState";
import { useStyles } from "./styles";
import { Pane } from "./usePane";

/** The picked files: overall progress while they are read, each file's state, and a way to drop one. */
export function FilesPanel({ pane, sheets }: { pane: Pane; sheets: readonly SheetReport[] }): React.JSX.Element | null {
  const { state, dispatch, t } = pane;
  const styles = useStyles();
  if (state.files.length === 0) return null;
  const batch = state.files.filter((f) => f.batch === state.batches);
  const pending = batch.filter((f) => f.status !== "done").length;
  const done = batch.length - pending;
  return (
    <div className={styles.section}>
      {pending > 0 && (
        <div role="status" data-testid="reading-progress" className={styles.section}>
          <Text>{t.readingProgress(Math.min(done + 1, batch.length), batch.length)}</Text>
          <ProgressBar value={done / batch.length} thickness="large" />
        </div>
      )}
      <ul className={styles.fileList} data-testid="files">
        {state.files.map((f) => {
          const view = fileView(f, sheets);
          const status = fileStatusText(view, t);
          return (
            <li key={f.id} className={styles.file} data-file={f.name} data-status={view.kind}>
              <Text weight="semibold" className={styles.wrapText}>
                {f.name}
              </Text>
              <Button size="small" appearance="subtle" aria-label={t.removeFile(f.name)} onClick={() => dispatch(fileRemoved(f.id))}>
                {t.remove}
              </Button>
              <Text
                size={200}
                className={mergeClasses(
                  styles.fileStatus,
                  styles.wrapText,
                  status.tone === "error" && styles.statusError,
                  status.tone === "warning" && styles.statusWarning,
                )}
                data-testid="file-status"
              >
                {status.text}
              </Text>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

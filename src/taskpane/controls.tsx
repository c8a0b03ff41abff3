import { Button, ButtonProps, Field, Input, MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import * as React from "react";
import { Words } from "./i18n";
import { parseNumberInput } from "./numberInput";
import { JobId, Outcome } from "./paneState";
import { useStyles } from "./styles";
import { Pane } from "./usePane";

/** What a job said, right under its button; brought into view, since the pane may be scrolled. */
export function OutcomeBar({ job, outcome, t }: { job: JobId; outcome: Outcome | undefined; t: Words }): React.JSX.Element | null {
  const ref = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (outcome) ref.current?.scrollIntoView?.({ block: "nearest" });
  }, [outcome]);
  if (!outcome) return null;
  return (
    <MessageBar ref={ref} intent={outcome.intent} layout="multiline" data-testid={`outcome-${job}`} data-intent={outcome.intent}>
      <MessageBarBody>{outcome.say(t)}</MessageBarBody>
    </MessageBar>
  );
}

interface JobButtonProps {
  pane: Pane;
  job: JobId;
  onClick: () => void;
  /** Not now (nothing to act on yet), though the button stays in the tab order. */
  blocked?: boolean;
  appearance?: ButtonProps["appearance"];
  /** The outcome is said elsewhere (the button goes away once its job succeeds). */
  outcomeElsewhere?: boolean;
  children: React.ReactNode;
}

/** A button that runs a job: disabled (but still focusable) while the job runs, its outcome below it. */
export function JobButton({
  pane,
  job,
  onClick,
  blocked = false,
  appearance,
  outcomeElsewhere = false,
  children,
}: JobButtonProps): React.JSX.Element {
  const busy = pane.state.busy.includes(job);
  return (
    <>
      <Button
        appearance={appearance}
        disabledFocusable={busy || blocked}
        aria-busy={busy}
        icon={busy ? <Spinner size="extra-tiny" aria-label={pane.t.working} /> : undefined}
        onClick={onClick}
        data-job={job}
      >
        {children}
      </Button>
      {!outcomeElsewhere && <OutcomeBar job={job} outcome={pane.state.outcomes[job]} t={pane.t} />}
    </>
  );
}

/**
 * A file input with a visible label and a button in the pane's language (the browser's own
 * "Choose Files" is in the browser's language). The input stays in the page, labelled, for
 * assistive technology and tests. With a job, the button is busy while the job runs and the
 * job's outcome is said right below it.
 */
export function FilePicker({
  label,
  button,
  accept,
  multiple,
  testId,
  onFiles,
  job,
}: {
  label: string;
  button: string;
  accept: string;
  multiple: boolean;
  testId: string;
  onFiles: (files: File[]) => void;
  job?: { pane: Pane; id: JobId };
}): React.JSX.Element {
  const styles = useStyles();
  const id = React.useId();
  const input = React.useRef<HTMLInputElement>(null);
  const busy = job ? job.pane.state.busy.includes(job.id) : false;
  return (
    <div className={styles.section}>
      <label htmlFor={id}>
        <Text weight="semibold">{label}</Text>
      </label>
      <input
        id={id}
        ref={input}
        className={styles.hiddenInput}
        type="file"
        tabIndex={-1}
        multiple={multiple}
        accept={accept}
        data-testid={testId}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          // Cleared, so that picking the same file again (after fixing it) is seen.
          e.target.value = "";
          onFiles(files);
        }}
      />
      <div>
        <Button
          onClick={() => input.current?.click()}
          aria-describedby={id}
          disabledFocusable={busy}
          aria-busy={busy}
          icon={busy && job ? <Spinner size="extra-tiny" aria-label={job.pane.t.working} /> : undefined}
        >
          {button}
        </Button>
      </div>
      {job && <OutcomeBar job={job.id} outcome={job.pane.state.outcomes[job.id]} t={job.pane.t} />}
    </div>
  );
}

/**
 * A number field that takes "80,5" and "80.5", shows the value as understood, and refuses
 * what is not a number with a message at the field. The text typed is kept as typed.
 */
export function NumberField({
  label,
  value,
  onChange,
  t,
}: {
  label: string;
  value: string;
  onChange: (text: string) => void;
  t: Words;
}): React.JSX.Element {
  const parsed = parseNumberInput(value);
  const styles = useStyles();
  return (
    <Field
      label={label}
      size="small"
      validationState={parsed.ok ? (parsed.value === null ? "none" : "success") : "error"}
      validationMessage={parsed.ok ? (parsed.value === null ? undefined : t.understood(parsed.value)) : t.notANumber}
      validationMessageIcon={parsed.ok ? null : undefined}
    >
      <Input className={styles.shrink} size="small" inputMode="decimal" value={value} onChange={(_, d) => onChange(d.value)} />
    </Field>
  );
}

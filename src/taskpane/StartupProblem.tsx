import { MessageBar, MessageBarBody, Text, Title3 } from "@fluentui/react-components";
import * as React from "react";
import { words } from "./i18n";
import { usePageStyles, useStyles } from "./styles";

export type StartupTrouble = "officeMissing" | "notInExcel" | "officeSlow";

/**
 * What the pane shows instead of a blank page when it cannot start, and what to do about it.
 * Office has not told us its language yet: Vietnamese first, English below.
 */
export function StartupProblem({ trouble }: { trouble: StartupTrouble }): React.JSX.Element {
  usePageStyles();
  const styles = useStyles();
  const [vi, en] = [words("vi"), words("en")];
  return (
    <main className={styles.main} lang="vi">
      <Title3 as="h1" className={styles.title}>
        {vi.title}
      </Title3>
      <MessageBar intent="error" layout="multiline" data-testid="startup-problem">
        <MessageBarBody>
          <Text as="p" block>
            {vi.startup[trouble]}
          </Text>
          <Text as="p" block lang="en">
            {en.startup[trouble]}
          </Text>
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}

// The manifest's FunctionFile: the add-in has no ribbon commands besides opening the pane.
Office.onReady(() => undefined);

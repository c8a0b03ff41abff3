// The manifest's FunctionFile: the add-in has no ribbon commands besides opening the pane.
// Without office.js (offline, blocked) there is nothing to do here; the pane itself says so.
if (typeof Office !== "undefined") void Office.onReady(() => undefined);

/** XML text for SpreadsheetML parts. */

// Characters XML 1.0 forbids; OOXML writes them as _xHHHH_ (and a literal "_x" as _x005F_x).
// eslint-disable-next-line no-control-regex -- these are exactly the characters XML cannot hold
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

// Anything escapeXml would change; most texts have none, and one test costs less than six replaces.
// eslint-disable-next-line no-control-regex -- the same characters as FORBIDDEN
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|_x/;

export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(/_x([0-9a-fA-F]{4})_/g, "_x005F_x$1_")
    .replace(FORBIDDEN, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** <t> content, keeping leading/trailing spaces that XML would otherwise drop. */
export function textElement(text: string): string {
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
  return `<t${space}>${escapeXml(text)}</t>`;
}

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

import { OUTPUT_PROPERTY_NAME, OutputKind, outputKindOf, outputProperty } from "../core/outputMark";
import { XML_HEAD, escapeXml } from "./xml";

/** The fmtid every custom document property carries (ECMA-376 Part 1, 22.3). */
const CUSTOM_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

/** docProps/custom.xml marking a package as one of our outputs (see core/outputMark). */
export function customPropertiesXml(kind: OutputKind): string {
  const { name, value } = outputProperty(kind);
  return (
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ` +
    `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    `<property fmtid="${CUSTOM_FMTID}" pid="2" name="${escapeXml(name)}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property></Properties>`
  );
}

/** The kind of output a docProps/custom.xml marks, or null (no mark, someone else's property). */
export function readOutputMark(customXml: string): OutputKind | null {
  for (const m of customXml.matchAll(/<(?:\w+:)?property\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?property>/g)) {
    if (/\bname="([^"]*)"/.exec(m[1])?.[1] !== OUTPUT_PROPERTY_NAME) continue;
    const value = /<(?:\w+:)?lpwstr>([^<]*)</.exec(m[2])?.[1];
    return value === undefined ? null : outputKindOf(value);
  }
  return null;
}

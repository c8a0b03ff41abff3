import JSZip from "jszip";
import mammoth from "mammoth";
import { PlanBlock } from "../core/plan/planDocument";
import { writeNumbering } from "./docxNumbering";
import { htmlBlocks } from "./html";

export type DocxResult = { ok: true; blocks: PlanBlock[] } | { ok: false; reason: string };

/**
 * A Word file's text in reading order, list numbers included (see docxNumbering), and its
 * tables as grids. The file's bytes are only read: the numbered copy lives in memory.
 */
export async function readDocx(bytes: Uint8Array, file: string): Promise<DocxResult> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { ok: false, reason: "tệp Word hỏng (không mở được gói .docx)" };
  }
  const documentXml = await zip.file("word/document.xml")?.async("string");
  if (documentXml === undefined) return { ok: false, reason: "không phải tệp Word .docx (thiếu word/document.xml)" };
  const numberingXml = (await zip.file("word/numbering.xml")?.async("string")) ?? "";
  const stylesXml = (await zip.file("word/styles.xml")?.async("string")) ?? "";
  zip.file("word/document.xml", writeNumbering(documentXml, numberingXml, stylesXml));
  const numbered = await zip.generateAsync({ type: "uint8array" });
  try {
    // mammoth opens `buffer` in Node and `arrayBuffer` in the browser build; both are these bytes.
    const arrayBuffer = numbered.buffer.slice(numbered.byteOffset, numbered.byteOffset + numbered.byteLength);
    const input = { buffer: numbered, arrayBuffer } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
    const { value } = await mammoth.convertToHtml(input, { ignoreEmptyParagraphs: true });
    return { ok: true, blocks: htmlBlocks(value, file) };
  } catch (e) {
    return { ok: false, reason: `không đọc được nội dung Word (${e instanceof Error ? e.message : String(e)})` };
  }
}

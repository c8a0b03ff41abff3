import { cleanText } from "../text/normalize";

/**
 * "Nơi nhận" and the signature block sit side by side in the document, so extracted text
 * can interleave them ("Nơi nhận: TM. ỦY BAN NHÂN DÂN", "- UBND Quận 7; CHỦ TỊCH").
 * Split such lines first, then bullets are recipients and capitals the signature.
 */
export function readClosing(lines: readonly string[]): { signature: string[]; signer: string; recipients: string[] } {
  const at = lines.findIndex((l) => /^Nơi nhận\b/u.test(l));
  const from = at >= 0 ? at : lines.findIndex((l) => /^(?:TM|KT)\.\s/u.test(l));
  if (from < 0) return { signature: [], signer: "", recipients: [] };
  const isUpper = (t: string) => t === t.toLocaleUpperCase("vi") && /\p{L}{2}/u.test(t);
  const pieces = lines.slice(from).flatMap((line) => {
    const parts = line.split(/\s+(?=(?:TM|KT|TL|Q)\.\s)/u);
    return parts.flatMap((p) => {
      const tail = /^([-–+].*[;.,])\s+(\S.*)$/u.exec(p);
      // "- UBND Quận 7; CHỦ TỊCH" splits; "- Lưu: VT, VP5." does not (a code, not a title).
      return tail && isUpper(tail[2]) && !/[\d.]$|\d/u.test(tail[2]) ? [tail[1], tail[2]] : [p];
    });
  });
  const recipients: string[] = [];
  const signature: string[] = [];
  let signer = "";
  for (const piece of pieces) {
    const body = cleanText(piece.replace(/^Nơi nhận\s*:?/u, ""));
    if (body === "") continue;
    // An appendix after the signature ("PHỤ LỤC", "DANH MỤC NHIỆM VỤ …") is not part of it.
    if (/^phụ lục\b/iu.test(body) || (signer !== "" && recipients.length > 0)) break;
    if (/^[-–+]/u.test(body)) recipients.push(cleanText(body.replace(/^[-–+]\s*/u, "")).replace(/[;.,]+$/u, ""));
    else if (/^(?:TM|KT|TL|Q)\.\s/u.test(body) || (signature.length > 0 && isUpper(body) && signature.length < 3)) signature.push(body);
    else if (signature.length > 0 && !isUpper(body)) signer = body;
  }
  return { signature, signer, recipients };
}

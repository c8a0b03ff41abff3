/**
 * Who leads and who helps, when one cell names both with the words: "Phối hợp: Tư pháp - Hộ tịch;
 * Chủ trì: Địa chính - Xây dựng", "Phối hợp: VP-TK, TC-KT - Chủ trì: Bộ phận Một cửa", "VH-XH phối
 * hợp; Một cửa chủ trì". The unit the cell calls chủ trì leads wherever it stands; null where the cell
 * does not say (the first named leads, as before).
 */
export interface CellRoles {
  lead: string;
  partners: string[];
}

const LEAD = /^(?:chủ trì|chu tri|ct|đơn vị chủ trì|cơ quan chủ trì)\s*:\s*/iu;
const PARTNER = /^(?:phối hợp|phoi hop|ph|đơn vị phối hợp|cơ quan phối hợp)\s*:\s*/iu;
const LEAD_AFTER = /\s*\(?\s*(?:chủ trì|chu tri|ct)\s*\)?\s*$/iu;
const PARTNER_AFTER = /\s*\(?\s*(?:phối hợp|phoi hop|ph)\s*\)?\s*$/iu;

export function rolesInCell(text: string): CellRoles | null {
  if (!/chủ trì|chu tri|\bct\b/iu.test(text)) return null;
  // "Phó CT", "Phó CT (Kinh tế)": the vice-chair, shortened; its "CT" is "Chủ tịch", no role.
  if (/\bph[óo]\s*ct\b/iu.test(text) && !/chủ trì|chu tri/iu.test(text)) return null;
  // Clauses end at ";" or a line break, or at a dash right before a role word ("… - Chủ trì: …").
  const clauses = text
    .split(/\s*[;\n]\s*|\s+[-–]\s+(?=(?:chủ trì|chu tri|phối hợp|phoi hop|ct|ph)(?:\s|:|$))/iu)
    .map((c) => c.trim())
    .filter((c) => c !== "");
  let lead: string | null = null;
  const partners: string[] = [];
  for (const c of clauses) {
    if (LEAD.test(c)) lead ??= c.replace(LEAD, "").trim();
    else if (PARTNER.test(c)) partners.push(c.replace(PARTNER, "").trim());
    else if (LEAD_AFTER.test(c) && c.replace(LEAD_AFTER, "").trim() !== "") {
      // "Một cửa, Công an xã (chủ trì)": the role is the last one's; those before it help.
      const names = c
        .replace(LEAD_AFTER, "")
        .split(",")
        .map((x) => x.trim());
      lead ??= names.pop() ?? "";
      partners.push(...names);
    } else if (PARTNER_AFTER.test(c) && c.replace(PARTNER_AFTER, "").trim() !== "") partners.push(c.replace(PARTNER_AFTER, "").trim());
    else return null;
  }
  return lead !== null && lead !== "" ? { lead, partners: partners.filter((p) => p !== "") } : null;
}

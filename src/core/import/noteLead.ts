import { findOfficials, officeOfPerson } from "../plan/officials";

// "Đ/c Lan (VP-TK) phụ trách", "Giao CC Tư pháp - Hộ tịch chủ trì": a note's clause saying who does the work.
const LEAD_IN_NOTE =
  /(?<![\p{L}])(?:phụ trách|chủ trì|giao cho|giao|đảm nhiệm|đảm nhận|thực hiện|người làm|người thực hiện|phu trach|chu tri|thuc hien)(?![\p{L}])/iu;

/** The official a row's Ghi chú names as doing the work, where nothing else names its lead; "phối hợp" clauses are partners. */
export function leadInNote(note: string, unit: string): { title: string; said: string } | null {
  for (const clause of note.split(/[;,.\n]/u)) {
    const said = clause.trim();
    if (!LEAD_IN_NOTE.test(said) || /phối hợp|phoi hop/iu.test(said)) continue;
    const [first] = findOfficials(said, unit);
    if (first) return { title: first.title, said: said.slice(0, 60) };
    // "giao đ/c Lan - VP", "chị Hoa (VP) phụ trách": a person with the office's short name, either side of the word.
    const [before, after] = said.split(LEAD_IN_NOTE).map((x) => x.trim());
    const office = (after ? officeOfPerson(after, unit) : null) ?? (before ? officeOfPerson(before, unit) : null);
    if (office) return { title: office, said: said.slice(0, 60) };
  }
  return null;
}

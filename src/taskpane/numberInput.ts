/**
 * A number as an official types it: Vietnamese writes "80,5", many keyboards give "80.5".
 * One separator is always the decimal one; with both, the last is the decimal and the others
 * group thousands ("1.250,5", "1,250.5"); repeated separators must group thousands in threes
 * ("1.250.000"). Anything else ("80,5,1", "8o") is refused rather than guessed.
 */
export type NumberInput = { ok: true; value: number | null } | { ok: false };

const PLAIN = /^\d+(?:[.,]\d+)?$/;
const DOT_GROUPS = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const COMMA_GROUPS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

export function parseNumberInput(text: string): NumberInput {
  const t = text.normalize("NFC").trim().replace(/\s*%$/, "");
  if (t === "") return text.trim() === "" ? { ok: true, value: null } : { ok: false };
  const sign = /^[-−]/.test(t) ? -1 : 1;
  const body = t.replace(/^[-−+]/, "");
  let canonical: string;
  if (PLAIN.test(body)) canonical = body.replace(",", ".");
  else if (DOT_GROUPS.test(body)) canonical = body.replace(/\./g, "").replace(",", ".");
  else if (COMMA_GROUPS.test(body)) canonical = body.replace(/,/g, "");
  else return { ok: false };
  const value = sign * Number(canonical);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false };
}

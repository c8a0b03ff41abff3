/**
 * Word numbers a plan's items itself ("1.", "1.1.", "a)"): the numbers are not in the text, only
 * a reference to a list definition. mammoth keeps lists but not their numbers, and a plan's
 * item codes are exactly those numbers. This computes each numbered paragraph's label from
 * word/numbering.xml (and numbering carried by paragraph styles) and writes it into the paragraph
 * as text, so the label reaches the text as the reader saw it on the page.
 */

interface Level {
  start: number;
  format: string;
  text: string;
}

interface Definitions {
  /** abstractNumId -> levels by ilvl. */
  abstract: Map<string, Map<number, Level>>;
  /** numId -> its abstract list and the start overrides of its levels. */
  nums: Map<string, { abstractId: string; overrides: Map<number, number> }>;
  /** styleId -> the numbering the style carries, and the style it is based on. */
  styles: Map<string, { numId?: string; ilvl?: number; basedOn?: string }>;
}

function attr(xml: string, tag: string, name = "w:val"): string | undefined {
  const m = new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml);
  return m?.[1];
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function readDefinitions(numberingXml: string, stylesXml: string): Definitions {
  const abstract = new Map<string, Map<number, Level>>();
  for (const m of numberingXml.matchAll(/<w:abstractNum\b([^>]*)>([\s\S]*?)<\/w:abstractNum>/g)) {
    const id = /w:abstractNumId="([^"]*)"/.exec(m[1])?.[1];
    if (id === undefined) continue;
    const levels = new Map<number, Level>();
    for (const l of m[2].matchAll(/<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/g)) {
      const ilvl = Number(/w:ilvl="(\d+)"/.exec(l[1])?.[1] ?? 0);
      levels.set(ilvl, {
        start: Number(attr(l[2], "w:start") ?? 1),
        format: attr(l[2], "w:numFmt") ?? "decimal",
        text: unescapeXml(attr(l[2], "w:lvlText") ?? ""),
      });
    }
    abstract.set(id, levels);
  }
  const nums = new Map<string, { abstractId: string; overrides: Map<number, number> }>();
  for (const m of numberingXml.matchAll(/<w:num\b([^>]*)>([\s\S]*?)<\/w:num>/g)) {
    const id = /w:numId="([^"]*)"/.exec(m[1])?.[1];
    const abstractId = attr(m[2], "w:abstractNumId");
    if (id === undefined || abstractId === undefined) continue;
    const overrides = new Map<number, number>();
    for (const o of m[2].matchAll(/<w:lvlOverride\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const start = attr(o[2], "w:startOverride");
      if (start !== undefined) overrides.set(Number(o[1]), Number(start));
    }
    nums.set(id, { abstractId, overrides });
  }
  const styles = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  for (const m of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = /w:styleId="([^"]*)"/.exec(m[1])?.[1];
    if (id === undefined) continue;
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(m[2])?.[1] ?? "";
    const ilvl = attr(numPr, "w:ilvl");
    styles.set(id, {
      numId: attr(numPr, "w:numId"),
      ilvl: ilvl === undefined ? undefined : Number(ilvl),
      basedOn: attr(m[2], "w:basedOn"),
    });
  }
  return { abstract, nums, styles };
}

const ROMAN: ReadonlyArray<[number, string]> = [
  [1000, "m"],
  [900, "cm"],
  [500, "d"],
  [400, "cd"],
  [100, "c"],
  [90, "xc"],
  [50, "l"],
  [40, "xl"],
  [10, "x"],
  [9, "ix"],
  [5, "v"],
  [4, "iv"],
  [1, "i"],
];

function roman(n: number): string {
  let rest = n;
  let out = "";
  for (const [v, s] of ROMAN) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

function letters(n: number): string {
  // Word's a, b, … z, aa, bb …
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case "lowerLetter":
      return letters(n);
    case "upperLetter":
      return letters(n).toUpperCase();
    case "lowerRoman":
      return roman(n);
    case "upperRoman":
      return roman(n).toUpperCase();
    case "decimalZero":
      return String(n).padStart(2, "0");
    case "none":
      return "";
    default:
      return String(n);
  }
}

/** The numbering of a paragraph: its own numPr, else its style's (through basedOn). */
function numberingOf(pPr: string, defs: Definitions): { numId: string; ilvl: number } | null {
  const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(pPr)?.[1];
  if (numPr !== undefined) {
    const numId = attr(numPr, "w:numId");
    if (numId === undefined || numId === "0") return null;
    return { numId, ilvl: Number(attr(numPr, "w:ilvl") ?? 0) };
  }
  let styleId = attr(pPr, "w:pStyle");
  for (let hops = 0; styleId !== undefined && hops < 10; hops++) {
    const style = defs.styles.get(styleId);
    if (!style) return null;
    if (style.numId !== undefined) return style.numId === "0" ? null : { numId: style.numId, ilvl: style.ilvl ?? 0 };
    styleId = style.basedOn;
  }
  return null;
}

/**
 * document.xml with each numbered paragraph's label ("1.1. ", "a) ", "- " for bullets) written
 * as its first run and its list reference removed. Counters follow Word: per list definition,
 * a level restarts when a higher level advances, a list's start override applies at its first use.
 */
export function writeNumbering(documentXml: string, numberingXml: string, stylesXml: string): string {
  const defs = readDefinitions(numberingXml, stylesXml);
  const counters = new Map<string, number[]>();
  const started = new Set<string>();
  return documentXml.replace(
    /<w:p\b([^>]*?)(\/?)>(\s*<w:pPr\b[^>]*>[\s\S]*?<\/w:pPr>)?/g,
    (whole, attrs: string, selfClosing: string, pPr?: string) => {
      if (selfClosing === "/" || pPr === undefined) return whole;
      const numbering = numberingOf(pPr, defs);
      const num = numbering ? defs.nums.get(numbering.numId) : undefined;
      const levels = num ? defs.abstract.get(num.abstractId) : undefined;
      const level = numbering && levels?.get(numbering.ilvl);
      if (!numbering || !num || !levels || !level) return whole;

      const counts = counters.get(num.abstractId) ?? [];
      if (!started.has(numbering.numId)) {
        started.add(numbering.numId);
        for (const [ilvl, start] of num.overrides) counts[ilvl] = start - 1;
      }
      const ilvl = numbering.ilvl;
      counts[ilvl] = (counts[ilvl] ?? (levels.get(ilvl)?.start ?? 1) - 1) + 1;
      counts.length = ilvl + 1; // deeper levels restart
      counters.set(num.abstractId, counts);

      const label =
        level.format === "bullet"
          ? "-"
          : level.text.replace(/%(\d)/g, (_, d: string) => {
              const k = Number(d) - 1;
              return formatNumber(counts[k] ?? levels.get(k)?.start ?? 1, levels.get(k)?.format ?? "decimal");
            });
      if (label.trim() === "") return whole;
      const cleaned = pPr.replace(/<w:numPr>[\s\S]*?<\/w:numPr>/, "");
      return `<w:p${attrs}>${cleaned}<w:r><w:t xml:space="preserve">${escapeXml(label)} </w:t></w:r>`;
    },
  );
}

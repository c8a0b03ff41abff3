/**
 * Cell fill colours as a file stores them (an ARGB value, a theme slot with a tint, or an index
 * into the legacy palette) to "RRGGBB", the one form the importer compares.
 */
export interface StoredColour {
  rgb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

// Excel's legacy palette (indexed="n"); 64 and 65 are the window's text and background.
const PALETTE = (
  "000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF " +
  "800000 008000 000080 808000 800080 008080 C0C0C0 808080 9999FF 993366 FFFFCC CCFFFF 660066 FF8080 0066CC CCCCFF " +
  "000080 FF00FF FFFF00 00FFFF 800080 800000 008080 0000FF 00CCFF CCFFFF CCFFCC FFFF99 99CCFF FF99CC CC99FF FFCC99 " +
  "3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 003366 339966 003300 333300 993300 993366 333399 333333"
).split(" ");

/** Office's default theme, for a file whose theme part is missing: lt1, dk1, lt2, dk2, accent1–6, hlink, folHlink. */
export const DEFAULT_THEME: readonly string[] = [
  "FFFFFF",
  "000000",
  "E7E6E6",
  "44546A",
  "4472C4",
  "ED7D31",
  "A5A5A5",
  "FFC000",
  "5B9BD5",
  "70AD47",
  "0563C1",
  "954F72",
];

// The theme part lists dk1, lt1, dk2, lt2, accents…; cells number the slots lt1, dk1, lt2, dk2, accents….
const SLOT_OF_ELEMENT: Readonly<Record<string, number>> = {
  dk1: 1,
  lt1: 0,
  dk2: 3,
  lt2: 2,
  accent1: 4,
  accent2: 5,
  accent3: 6,
  accent4: 7,
  accent5: 8,
  accent6: 9,
  hlink: 10,
  folHlink: 11,
};

/** The slot a theme part's colour element fills ("accent6" -> 9), or undefined. */
export function themeSlot(element: string): number | undefined {
  return SLOT_OF_ELEMENT[element];
}

function hex(n: number): string {
  return Math.round(Math.min(255, Math.max(0, n)))
    .toString(16)
    .toUpperCase()
    .padStart(2, "0");
}

/** A tint lightens (> 0) or darkens (< 0) a colour in HSL, as Excel applies it. */
export function applyTint(rgb: string, tint: number): string {
  if (!tint) return rgb;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let l = (max + min) / 2;
  const d = max - min;
  const s = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  let h = 0;
  if (d !== 0) h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs((h % 2) - 1));
  const m = l - c / 2;
  const hh = ((h % 6) + 6) % 6;
  const [r1, g1, b1] = hh < 1 ? [c, x, 0] : hh < 2 ? [x, c, 0] : hh < 3 ? [0, c, x] : hh < 4 ? [0, x, c] : hh < 5 ? [x, 0, c] : [c, 0, x];
  return hex((r1 + m) * 255) + hex((g1 + m) * 255) + hex((b1 + m) * 255);
}

/** "RRGGBB" of a stored colour, or null when it is automatic or unknown. */
export function resolveColour(c: StoredColour, theme: readonly string[]): string | null {
  let rgb: string | undefined;
  if (c.rgb && /^[0-9A-Fa-f]{6,8}$/.test(c.rgb)) rgb = c.rgb.slice(-6).toUpperCase();
  else if (c.theme !== undefined) rgb = theme[c.theme];
  else if (c.indexed !== undefined) rgb = PALETTE[c.indexed];
  if (!rgb) return null;
  return c.tint ? applyTint(rgb, c.tint) : rgb;
}

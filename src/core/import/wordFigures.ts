import { parseNumberText } from "./cellFacts";

/**
 * Figures written in words in a result: "Đạt 11 trên 14 chỉ tiêu (gần 79 phần trăm)" is 11 of 14;
 * "Giải ngân 2,72 trên 4 tỷ đồng, bằng 68 phần trăm kế hoạch vốn" is 68 % (amounts of money are no
 * counts); "Ước tăng 6,4 phần trăm" is 6,4. Null when the words give no one figure.
 */
export function figuresInWords(text: string): { numerator: number; denominator: number } | { value: number } | null {
  const counts =
    /(?<![\d.,])(\d{1,6})\s+(?:trên|trong tổng số|trong số|\/)\s+(\d{1,6})(?![\d.,])(?!\s*(?:tỷ|triệu|nghìn|ngàn|đồng))/iu.exec(text);
  if (counts) {
    const [n, d] = [Number(counts[1]), Number(counts[2])];
    if (d > 0 && n <= d) return { numerator: n, denominator: d };
  }
  const rates = [...text.matchAll(/(?<![\d.,])(\d{1,3}(?:[.,]\d+)?)\s*(?:phần trăm|%)/giu)];
  if (rates.length !== 1) return null;
  const value = parseNumberText(rates[0][1]);
  return value !== null && value <= 100 ? { value } : null;
}

/** Vietnamese number style in running text: decimal comma, dot for thousands ("57,81", "1.250"). */
export function formatViNumber(value: number, maxDecimals = 2): string {
  const fixed = value.toFixed(maxDecimals).replace(/\.?0+$/, "");
  const [whole, frac] = fixed.split(".");
  const sign = whole.startsWith("-") ? "-" : "";
  const digits = sign ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return frac ? `${sign}${grouped},${frac}` : `${sign}${grouped}`;
}

/** "57,81 %": the spaced percent sign of Vietnamese administrative text. */
export function formatViPercent(value: number, maxDecimals = 2): string {
  return `${formatViNumber(value, maxDecimals)} %`;
}

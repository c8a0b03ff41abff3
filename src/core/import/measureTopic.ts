/**
 * What a measure's words are about, by their key: "Số hồ sơ giải quyết đúng hạn" is on time, "trực tuyến" online.
 * Null where they name none of the plan's measures. Two figures whose topics differ are of two measures.
 */
export function measureTopic(key: string): string | null {
  if (/\b(?:dung han|truoc han|qua han|tre han|tre hen)\b/.test(key)) return "on time";
  if (/\b(?:truc tuyen|dvc|qua mang)\b/.test(key)) return "online";
  if (/\bdien tu\b/.test(key)) return "electronic";
  if (/\bgiai ngan\b/.test(key)) return "disbursed";
  if (/\bdat chuan\b/.test(key)) return "qualified";
  if (/\bhai long\b/.test(key)) return "satisfied";
  return null;
}

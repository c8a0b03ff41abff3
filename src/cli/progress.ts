import { formatViNumber } from "../core/format/viNumber";
import { FileOutcome } from "./readOne";

/**
 * One line of progress on a terminal while files are read ("Đang đọc 12/40 tệp · 18.432 dòng · còn
 * khoảng 1 phút 20 giây"), rewritten in place with \r and cleared at the end. Nothing at all when
 * the stream is not a terminal: a log, a pipe or a test sees only the command's own messages.
 */
export interface ProgressFigures {
  total: number;
  done: number;
  rows: number;
  elapsedMs: number;
}

/** "45 giây", "1 phút 20 giây", "2 giờ 5 phút". */
export function formatDuration(ms: number): string {
  const s = Math.max(1, Math.round(ms / 1000));
  if (s < 60) return `${s} giây`;
  const m = Math.floor(s / 60);
  if (m < 60) return s % 60 === 0 ? `${m} phút` : `${m} phút ${s % 60} giây`;
  return `${Math.floor(m / 60)} giờ ${m % 60} phút`;
}

/** The line itself: the time left is the time per file so far times the files left (none before the first). */
export function progressLine(f: ProgressFigures): string {
  const parts = [`Đang đọc ${f.done}/${f.total} tệp`, `${formatViNumber(f.rows)} dòng`];
  if (f.done > 0 && f.done < f.total) parts.push(`còn khoảng ${formatDuration((f.elapsedMs / f.done) * (f.total - f.done))}`);
  return parts.join(" · ");
}

/** The rows a file gave: its tasks, readings and dossier statistics as read. */
export function rowsRead(o: FileOutcome): number {
  return o.records.tasks.length + o.records.readings.length + (o.records.dossiers?.length ?? 0);
}

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface Progress {
  /** A file was read, giving `rows` rows. */
  file(rows: number): void;
  /** Reading is over: the line is cleared. */
  done(): void;
}

const REDRAW_MS = 100;

/** Progress on `stream` when it is a terminal; null otherwise. `clock` gives milliseconds. */
export function terminalProgress(stream: ProgressStream, total: number, clock: () => number = Date.now): Progress | null {
  if (!stream.isTTY) return null;
  const started = clock();
  const figures: ProgressFigures = { total, done: 0, rows: 0, elapsedMs: 0 };
  let drawn = -Infinity;
  const draw = (force: boolean) => {
    const now = clock();
    if (!force && now - drawn < REDRAW_MS) return;
    drawn = now;
    figures.elapsedMs = now - started;
    const width = Math.max(20, (stream.columns || 80) - 1);
    // \r back to the line's start, the line cut to the terminal's width, the rest of the old one erased.
    stream.write(`\r${progressLine(figures).slice(0, width)}\u001b[K`);
  };
  draw(true);
  return {
    file: (rows) => {
      figures.done++;
      figures.rows += rows;
      draw(figures.done === total);
    },
    done: () => void stream.write("\r\u001b[K"),
  };
}

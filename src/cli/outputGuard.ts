import { existsSync, readFileSync, realpathSync, statSync } from "fs";
import { basename, dirname, join, resolve } from "path";
import { outputKindBySheets } from "../core/import/ownOutput";
import { OUTPUT_LABELS, OutputKind } from "../core/outputMark";
import { readPlanJson } from "../core/plan/planJson";
import { READ_LIMITS } from "../xlsx/limits";
import { readOutputMark } from "../xlsx/outputMark";
import { PackageParts } from "../xlsx/packageParts";
import { readGrids } from "../xlsx/readGrids";
import { sniff } from "../xlsx/sniff";
import { nodeInflate } from "./deflate";

/**
 * What may be replaced by an output: never one of the command's inputs, never a file open in
 * Excel (Excel would later save its own copy over ours), and, without --force, only an earlier
 * output of the same kind (a report over a report, not over a master or an official's workbook).
 */
export type Guard = { ok: true } | { ok: false; message: string };

function samePath(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/** Excel's owner file (~$name) or LibreOffice's (.~lock.name#) beside the target. */
function openInOffice(target: string): string | null {
  const dir = dirname(target);
  const name = basename(target);
  for (const lock of [`~$${name}`, `.~lock.${name}#`]) if (existsSync(join(dir, lock))) return lock;
  return null;
}

/** Checks that hold for every output whatever its kind: not an input, not open in Excel. */
export function checkOutputPath(target: string, inputs: readonly string[]): Guard {
  if (existsSync(target) && statSync(target).isDirectory()) return { ok: false, message: `${target} là một thư mục; -o cần tên tệp.` };
  if (inputs.some((i) => samePath(i, target)))
    return { ok: false, message: `${target} là tệp đầu vào của lệnh này nên không bị ghi đè; hãy chọn tên khác cho tệp ra.` };
  const lock = existsSync(target) ? openInOffice(target) : null;
  if (lock)
    return {
      ok: false,
      message:
        `${target} đang mở trong Excel (có tệp ${lock} bên cạnh): nếu ghi bây giờ, Excel sẽ lưu bản nó đang giữ đè lên. ` +
        `Hãy đóng tệp trong Excel rồi chạy lại; nếu Excel đã đóng mà ${lock} vẫn còn, hãy xóa ${lock}.`,
    };
  return { ok: true };
}

/** Which of our outputs an existing file is: by its mark, else (older outputs) by its sheets; null if none. */
export async function existingOutputKind(path: string): Promise<OutputKind | null> {
  if (statSync(path).size > READ_LIMITS.fileBytes) return null;
  const bytes = readFileSync(path);
  if (sniff(bytes).kind !== "zip") {
    try {
      return readPlanJson(JSON.parse(bytes.toString("utf8"))).ok ? "plan" : null;
    } catch {
      return null;
    }
  }
  try {
    const custom = await PackageParts.open(bytes, nodeInflate).read("docProps/custom.xml");
    const mark = custom ? readOutputMark(new TextDecoder().decode(custom)) : null;
    if (mark) return mark;
  } catch {
    return null;
  }
  const read = await readGrids(basename(path), bytes, { inflate: nodeInflate });
  return read.ok ? outputKindBySheets(read.grids) : null;
}

/** An existing file at the target may be replaced only by an output of its own kind, or with --force. */
export async function checkOutputKind(target: string, kind: OutputKind, force: boolean): Promise<Guard> {
  if (force || !existsSync(target)) return { ok: true };
  const found = await existingOutputKind(target);
  if (found === kind) return { ok: true };
  const what = found ? `là ${OUTPUT_LABELS[found]} do cchc tạo ra` : `không phải ${OUTPUT_LABELS[kind]} do cchc tạo ra`;
  return {
    ok: false,
    message: `${target} đã có và ${what}; sẽ không ghi đè. Hãy chọn tên khác, hoặc thêm --force nếu thật sự muốn thay tệp này.`,
  };
}

import { BadFileReason } from "../core/import/badFile";
import { formatViNumber } from "../core/format/viNumber";
import { READ_LIMITS } from "./limits";
import { Inflate, InflateChunks, InflateLimitError, ZipEntryInfo, compressedData, readZipDirectory } from "./zipReader";

/** Why a package cannot be read: a reason of the closed list and the part it is about. */
export class PackageError extends Error {
  constructor(
    readonly reason: BadFileReason,
    readonly detail: string,
  ) {
    super(detail);
  }
}

export interface PartLimits {
  partBytes: number;
  totalBytes: number;
}

const mb = (n: number) => `${formatViNumber(n / 1e6, 1)} MB`;

/**
 * The parts of one package, inflated on demand, each within its declared size and the caps,
 * the whole within the total cap. Nothing is inflated that is not asked for.
 */
export class PackageParts {
  private readonly byName = new Map<string, ZipEntryInfo>();
  private inflated = 0;

  private constructor(
    private readonly bytes: Uint8Array,
    entries: readonly ZipEntryInfo[],
    private readonly inflate: Inflate,
    private readonly limits: PartLimits,
  ) {
    for (const e of entries) {
      const name = e.name.startsWith("/") ? e.name.slice(1) : e.name;
      // Two parts of one name: which one a reader takes is up to the reader, so none is taken.
      if (this.byName.has(name)) throw new PackageError("damaged", `hai phần cùng tên ${name}`);
      this.byName.set(name, e);
    }
  }

  static open(bytes: Uint8Array, inflate: Inflate, limits: PartLimits = READ_LIMITS): PackageParts {
    const dir = readZipDirectory(bytes);
    if (!dir.ok) throw new PackageError("corrupt", dir.detail);
    return new PackageParts(bytes, dir.entries, inflate, limits);
  }

  get names(): string[] {
    return [...this.byName.keys()];
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** A part's bytes, or null when the package has no such part. */
  async read(name: string): Promise<Uint8Array | null> {
    const e = this.stored(name);
    if (!e) return null;
    let out = e.data;
    if (e.entry.method === 8) await this.inflating(name, e.entry, async (max) => (out = await this.inflate(e.data, max)).length);
    return this.counted(name, e.entry, out);
  }

  /**
   * A part's bytes handed to onChunk a piece at a time as they are inflated (a sheet of 100 MB never
   * held whole), within the same caps as read(); false when the package has no such part.
   */
  async readChunks(name: string, inflate: InflateChunks, onChunk: (bytes: Uint8Array) => void): Promise<boolean> {
    const e = this.stored(name);
    if (!e) return false;
    if (e.entry.method === 0) {
      onChunk(this.counted(name, e.entry, e.data));
      return true;
    }
    // What the reader of the pieces throws (XML it cannot read) is its own, never "corrupt data".
    let readerError: unknown = null;
    const total = await this.inflating(name, e.entry, (max) =>
      inflate(e.data, max, (chunk) => {
        try {
          onChunk(chunk);
        } catch (err) {
          readerError ??= err;
          throw err;
        }
      }),
    ).catch((err: unknown) => {
      throw readerError ?? err;
    });
    this.counted(name, e.entry, null, total);
    return true;
  }

  /** A part's entry and stored bytes, checked against the caps before anything is inflated. */
  private stored(name: string): { entry: ZipEntryInfo; data: Uint8Array } | null {
    const e = this.byName.get(name);
    if (!e) return null;
    if (e.encrypted) throw new PackageError("encrypted", name);
    if (e.method !== 0 && e.method !== 8) throw new PackageError("damaged", `${name}: kiểu nén ${e.method} không hỗ trợ`);
    const room = Math.min(this.limits.partBytes, this.limits.totalBytes - this.inflated);
    if (e.size > this.limits.partBytes)
      throw new PackageError("damaged", `${name}: khai báo ${mb(e.size)} khi giải nén, giới hạn ${mb(this.limits.partBytes)} mỗi phần`);
    if (e.size > room) throw new PackageError("damaged", `các phần giải nén ra hơn ${mb(this.limits.totalBytes)}, giới hạn của một tệp`);
    const data = compressedData(this.bytes, e);
    if (!data) throw new PackageError("corrupt", `${name}: tệp bị cắt cụt`);
    return { entry: e, data };
  }

  /** Runs an inflate of at most one byte more than declared (enough to know the header lies); its errors named. */
  private async inflating(name: string, e: ZipEntryInfo, run: (maxBytes: number) => Promise<number>): Promise<number> {
    try {
      return await run(e.size + 1);
    } catch (err) {
      if (err instanceof InflateLimitError)
        throw new PackageError("damaged", `${name}: giải nén ra nhiều hơn kích thước khai báo (${mb(e.size)})`);
      throw new PackageError("damaged", `${name}: dữ liệu nén hỏng`);
    }
  }

  /** The bytes a part gave, checked against its declared size and counted towards the total. */
  private counted<T extends Uint8Array | null>(name: string, e: ZipEntryInfo, out: T, length = out?.length ?? 0): T {
    if (length !== e.size)
      throw new PackageError("damaged", `${name}: giải nén ra ${formatViNumber(length)} byte, khai báo ${formatViNumber(e.size)}`);
    this.inflated += length;
    return out;
  }
}

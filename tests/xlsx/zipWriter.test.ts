import JSZip from "jszip";
import { nodeCompression } from "../../src/cli/deflate";
import { Compression, TextSink, ZipBuilder, streamCompression } from "../../src/xlsx/zipWriter";

/**
 * The writer encodes each text straight into a one-megabyte chunk and hands full chunks to the
 * deflater: texts that cross a chunk's end, a text larger than a chunk, multi-byte letters and
 * surrogate pairs must come out as written, in order, whatever the deflater.
 */
const row = (i: number) => `<row r="${i}"><c t="s"><v>Nhiệm vụ số ${i}: rà soát hồ sơ 🗂 ${"ạ".repeat(i % 50)}</v></c></row>`;
const big = `<big>${"Văn bản điện tử ".repeat(40_000)}😀</big>`; // ~640,000 characters, over 1 MB in UTF-8

async function written(compression: Compression, produce: (sink: TextSink) => Promise<void>): Promise<string> {
  const zip = new ZipBuilder(new Date(Date.UTC(2021, 11, 16)), compression);
  await zip.part("part.xml", produce);
  const read = await JSZip.loadAsync(zip.finish(), { checkCRC32: true });
  return read.file("part.xml")!.async("string");
}

function expected(): string {
  let text = "";
  for (let i = 0; i < 6_000; i++) text += row(i);
  text += big;
  for (let i = 6_000; i < 9_000; i++) text += row(i);
  return text;
}

describe.each([
  ["node zlib", nodeCompression],
  ["CompressionStream", streamCompression],
])("ZipBuilder with %s", (_name, compression) => {
  it("writes rows across chunk ends and a text larger than a chunk as they were given", async () => {
    const text = await written(compression, async (sink) => {
      for (let i = 0; i < 6_000; i++) await sink.write(row(i));
      await sink.write(big);
      for (let i = 6_000; i < 9_000; i++) await sink.write(row(i));
    });
    expect(text.length).toBe(expected().length);
    expect(text).toBe(expected());
  });

  it("keeps the order when the producer does not wait for a full chunk", async () => {
    const text = await written(compression, async (sink) => {
      const pending: Array<Promise<void> | void> = [];
      for (let i = 0; i < 6_000; i++) pending.push(sink.write(row(i)));
      pending.push(sink.write(big));
      for (let i = 6_000; i < 9_000; i++) pending.push(sink.write(row(i)));
      await Promise.all(pending);
    });
    expect(text).toBe(expected());
  });
});

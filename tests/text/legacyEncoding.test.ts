import { decodeTcvn3, decodeVni, legacyMarks } from "../../src/core/text/legacyEncoding";
import { withUnicodeText } from "../../src/core/import/legacyText";
import { GridCell } from "../../src/core/import/grid";
import { gridOf } from "../helpers/grids";

describe("decodeVni", () => {
  it.each([
    ["Coâng vieäc", "Công việc"],
    ["Söû duïng chöùng töø ñieän töû", "Sử dụng chứng từ điện tử"],
    ["Hoaøn thaønh", "Hoàn thành"],
    ["Ñang thöïc hieän", "Đang thực hiện"],
    ["CC Taøi chính - Keá toaùn", "CC Tài chính - Kế toán"],
    ["ÑAÕ HOAØN THAØNH", "ĐÃ HOÀN THÀNH"],
    ["naêm, thaúng, möôøi, quyeát ñònh, kyõ, chæ", "năm, thẳng, mười, quyết định, kỹ, chỉ"],
  ])("reads %p", (vni, unicode) => {
    expect(decodeVni(vni)).toBe(unicode);
  });
});

describe("decodeTcvn3", () => {
  it.each([
    ["C«ng viÖc", "Công việc"],
    ["Hoµn thµnh", "Hoàn thành"],
    ["§ang thùc hiÖn", "Đang thực hiện"],
    ["Tµi chÝnh - KÕ to¸n", "Tài chính - Kế toán"],
  ])("reads %p", (tcvn3, unicode) => {
    expect(decodeTcvn3(tcvn3)).toBe(unicode);
  });
});

describe("legacy text on a sheet", () => {
  const grid = (rows: GridCell[][]) => gridOf(rows, { file: "a.xlsx", sheet: "Theo doi" });

  it("reads a sheet typed in VNI as Unicode, and counts the cells", () => {
    const read = withUnicodeText(
      grid([
        ["STT", "Noäi dung coâng vieäc", "Tình traïng"],
        [1, "Laäp keá hoaïch voán", "Hoaøn thaønh"],
      ]),
    );
    expect(read.encoding).toBe("VNI");
    expect(read.grid.rows).toEqual([
      ["STT", "Nội dung công việc", "Tình trạng"],
      [1, "Lập kế hoạch vốn", "Hoàn thành"],
    ]);
    expect(read.cells).toBe(4);
  });

  it("leaves a Unicode sheet as it is, though 'ô' followed by a letter is a VNI mark", () => {
    const rows: GridCell[][] = [
      ["Nội dung công việc", "Trạng thái"],
      ["Công khai TTHC", "Hoàn thành"],
      ["Ông Sáu", "Đôn đốc"],
    ];
    const read = withUnicodeText(grid(rows));
    expect(read.encoding).toBeNull();
    expect(read.grid.rows).toBe(rows);
  });

  it("sees no marks in plain or Unicode text", () => {
    expect(legacyMarks("Báo cáo quý IV")).toEqual({ vni: 0, tcvn3: 0 });
    expect(legacyMarks("Bao cao quy IV")).toEqual({ vni: 0, tcvn3: 0 });
  });
});

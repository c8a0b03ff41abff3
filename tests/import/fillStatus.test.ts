import { FactsCache } from "../../src/core/import/cellFacts";
import { colourFamily, fillStatuses } from "../../src/core/import/fillStatus";
import { GridCell } from "../../src/core/import/grid";
import { gridOf } from "../helpers/grids";
import { applyTint, resolveColour, DEFAULT_THEME } from "../../src/xlsx/colours";

describe("colourFamily", () => {
  it.each([
    ["00B050", "xanh lá"],
    ["C6EFCE", "xanh lá"],
    ["92D050", "xanh lá"],
    ["FFFF00", "vàng"],
    ["FFEB9C", "vàng"],
    ["FFC000", "cam"],
    ["FF0000", "đỏ"],
    ["FFC7CE", "đỏ"],
    ["BDD7EE", "xanh dương"],
    ["D9D9D9", "xám"],
  ])("names %s %p", (rgb, family) => {
    expect(colourFamily(rgb)).toBe(family);
  });
  it("takes white and near-white for no mark", () => {
    expect(colourFamily("FFFFFF")).toBeNull();
    expect(colourFamily("FEFEFE")).toBeNull();
  });
});

describe("stored colours", () => {
  it("lightens a theme colour by its tint and keeps its hue", () => {
    expect(applyTint("70AD47", 0.6)).toBe("C5E0B4");
    expect(colourFamily(applyTint("70AD47", 0.8))).toBe("xanh lá");
  });
  it("reads ARGB, the theme's slots and the legacy palette", () => {
    expect(resolveColour({ rgb: "FF00B050" }, DEFAULT_THEME)).toBe("00B050");
    expect(resolveColour({ theme: 9 }, DEFAULT_THEME)).toBe("70AD47");
    expect(resolveColour({ indexed: 42 }, DEFAULT_THEME)).toBe("CCFFCC");
    expect(resolveColour({ indexed: 64 }, DEFAULT_THEME)).toBeNull();
  });
});

describe("fillStatuses", () => {
  const grid = (rows: GridCell[][], fills: Record<string, string>) => gridOf(rows, { file: "a.xlsx", sheet: "S", fills });

  it("reads 'chưa xong' as begun when the legend has a mark for work not begun", () => {
    const g = grid(
      [
        ["Nội dung", "Chú thích: tô vàng = đang làm; tô đỏ = quá hạn chưa xong; không tô = chưa làm"],
        ["Bàn giao mặt bằng"],
        ["Đôn đốc nhà thầu"],
        ["Lập hồ sơ thanh toán"],
      ],
      { "2:1": "FF0000", "3:1": "FFFF00" },
    );
    const read = fillStatuses(g, new FactsCache(), [2, 3, 4], 1, [1]);
    expect(read?.hasLegend).toBe(true);
    expect([...(read?.byRow ?? [])]).toEqual([
      [2, { colour: "đỏ", status: "Đang thực hiện", legend: "quá hạn chưa xong" }],
      [3, { colour: "vàng", status: "Đang thực hiện", legend: "đang làm" }],
    ]);
  });

  it("leaves 'chưa xong' unread when nothing says which colour is work not begun", () => {
    const g = grid([["Nội dung", "tô vàng = đang làm; tô đỏ = quá hạn chưa xong"], ["Bàn giao mặt bằng"], ["Lập hồ sơ"]], {
      "2:1": "FF0000",
      "3:1": "FFFF00",
    });
    expect(fillStatuses(g, new FactsCache(), [2, 3], 1, [1])?.byRow.get(2)?.status).toBeNull();
  });
});

import { FactsCache, statusNear } from "../../src/core/import/cellFacts";
import { sentenceFacts } from "../../src/core/import/textFacts";

const said = (text: string) => {
  const f = sentenceFacts(text, 2021);
  return [f.status, f.progress, f.doneDate];
};

describe("sentenceFacts", () => {
  it("reads a share reached said at the start as work under way", () => {
    expect(said("Đạt 95%")).toEqual(["Đang thực hiện", 95, null]);
    expect(said("Mới số hóa được 40% hồ sơ hộ tịch; hồ sơ đất đai chưa số hóa")).toEqual(["Đang thực hiện", 40, null]);
    expect(said("Được 100%")).toEqual(["Hoàn thành", 100, null]);
  });

  it("reads a share said after any verb of work under way", () => {
    expect(said("Nhà thầu mới nộp một phần hồ sơ - đang đôn đốc (khoảng 50%)")).toEqual(["Đang thực hiện", 50, null]);
  });

  it("reads what is left undone as work under way", () => {
    expect(said("Còn 01 hồ sơ chưa giải quyết do VP ĐKĐĐ huyện chưa trả kết quả")).toEqual(["Đang thực hiện", null, null]);
  });

  it("reads a document sent, filed or issued on a day as done that day, but not one planned", () => {
    expect(said("Gửi ngày 03/12")).toEqual(["Hoàn thành", null, "2021-12-03"]);
    expect(said("Dự kiến gửi ngày 20/12")).toEqual([null, null, null]);
  });
});

describe("statusNear", () => {
  it("reads a status word with one letter wrong, missing or extra", () => {
    const key = (t: string) => new FactsCache().of(t).key;
    expect(statusNear(key("Hoàn thàng"))).toBe("Hoàn thành");
    expect(statusNear(key("Đang thưc hiện"))).toBe("Đang thực hiện");
    expect(statusNear(key("Hoàn thànhh"))).toBe("Hoàn thành");
  });
  it("leaves other words alone", () => {
    expect(statusNear("hoan thien")).toBeNull();
    expect(statusNear("xong")).toBeNull();
  });
});

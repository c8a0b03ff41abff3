import { fromTelex, telexWord } from "../../src/core/text/telex";

describe("telexWord", () => {
  it("reads the doubled and w keys as Unikey does", () => {
    expect(["DDang", "thoon", "Chuwa", "Tuyeen"].map(telexWord)).toEqual(["Đang", "thôn", "Chưa", "Tuyên"]);
  });

  it("sets the last key's tone on the vowel Vietnamese spelling puts it on", () => {
    expect(["thuwcj", "hieenj", "huwowngs", "cuwar", "Luaatj", "taij", "Hoanf", "ddax"].map(telexWord)).toEqual([
      "thực",
      "hiện",
      "hướng",
      "cửa",
      "Luật",
      "tại",
      "Hoàn",
      "đã",
    ]);
  });

  it("gives null for keys that make no Vietnamese syllable", () => {
    expect(["Status", "book", "good", "tasks"].map(telexWord)).toEqual([null, null, null, null]);
  });
});

describe("fromTelex", () => {
  it("reads a cell of Telex words, keeping what is not one", () => {
    expect(fromTelex("ddax huwowngs daanx 4/6 thoon")).toBe("đã hướng dẫn 4/6 thôn");
    expect(fromTelex("Booj phaanj Mootj cuwar")).toBe("Bộ phận Một cửa");
  });

  it("leaves English, codes and text already marked as they are", () => {
    expect([fromTelex("See the good book"), fromTelex("VP-TK"), fromTelex("Đang thực hiện"), fromTelex("Need to add")]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });
});

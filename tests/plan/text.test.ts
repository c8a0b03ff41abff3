import { cleanText, looseKey, modernTone, stripDiacritics, textKey } from "../../src/core/text/normalize";
import { findOfficials, parseParties, resolveOfficial } from "../../src/core/plan/officials";

describe("Vietnamese text keys", () => {
  it("treats old and new tone placement, NFC and NFD as the same text", () => {
    expect(textKey("Văn hoà")).toBe(textKey("Văn hòa"));
    expect(textKey("Thuỷ lợi")).toBe(textKey("Thủy lợi"));
    expect(textKey("khoẻ")).toBe(textKey("khỏe"));
    expect(textKey("Nội dung".normalize("NFD"))).toBe(textKey("Nội dung"));
    // A tone on "oa" followed by a consonant stays where it is ("hoàn" is already modern).
    expect(modernTone("hoàn thành")).toBe("hoàn thành");
    // "ua" is not one of the diphthongs the old rule moved: "của", "mùa" stay as they are.
    expect(modernTone("của mùa thuế, quỷ")).toBe("của mùa thuế, quỷ");
    expect(modernTone("Uỷ ban")).toBe("Ủy ban");
    expect(modernTone("Hoà bình, thuỷ lợi, khoẻ")).toBe("Hòa bình, thủy lợi, khỏe");
  });
  it("strips every Vietnamese diacritic, precomposed or not, as Unicode's decomposition does", () => {
    const letters = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";
    const all = `${letters} ${letters.toLocaleUpperCase("vi")} Ấp 3, thôn Đông – “Một cửa” 😀`;
    const reference = (t: string) =>
      t
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/đ/g, "d")
        .replace(/Đ/g, "D");
    expect(stripDiacritics(all)).toBe(reference(all));
    expect(stripDiacritics(all.normalize("NFD"))).toBe(reference(all));
    expect(stripDiacritics("plain ascii")).toBe("plain ascii");
  });

  it("cleans only what needs it: decomposed letters composed, odd spaces folded, ends trimmed", () => {
    expect(cleanText("Nội dung".normalize("NFD"))).toBe("Nội dung");
    expect(cleanText(" Hạn\u00a0 hoàn\tthành \n")).toBe("Hạn hoàn thành");
    const clean = "Đã hoàn thành ngày 12/10/2021";
    expect(cleanText(clean)).toBe(clean);
  });

  it("cleans exactly the texts the full normalisation would change", () => {
    // The reference: normalise, fold odd spaces, collapse runs, trim, on every text.
    const reference = (t: string) =>
      t
        .normalize("NFC")
        .replace(/[\u00a0\u2007\u202f\u200b\ufeff]/g, " ")
        .replace(/\s+/g, " ")
        .trim();
    const alphabet = [
      "a",
      "ộ",
      "Đ",
      " ",
      "\t",
      "\n",
      "\u00a0",
      "\u2007",
      "\u200b",
      "\ufeff",
      "\u3000",
      "\u2028",
      "\u0301",
      "o\u0302",
      "\u0001",
      "1",
      "%",
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let i = 0; i < 5000; i++) {
      let t = "";
      for (let n = next() % 7; n > 0; n--) t += alphabet[next() % alphabet.length];
      expect([t, cleanText(t)]).toEqual([t, reference(t)]);
    }
  });

  it("matches spellings without diacritics", () => {
    expect(looseKey("Nội dung công việc")).toBe(looseKey("Noi dung cong viec"));
    expect(looseKey("Đã HT")).toBe("da ht");
  });

  it("keys loosely in one pass as the four steps it stands for would", () => {
    // Decomposed marks, odd spaces, punctuation runs, a sign NFD maps to a letter, "Tỉ lệ" spelled either way.
    expect(looseKey("  Nội\u00a0dung – (công việc)/  ")).toBe("noi dung cong viec");
    expect(looseKey("Hồ sơ".normalize("NFD"))).toBe("ho so");
    expect(looseKey("\u212Aế hoạch 49/KH-UBND")).toBe("ke hoach 49 kh ubnd");
    expect(looseKey("Tỉ lệ 98,5%; Tỷ lệ")).toBe("ty le 98 5% ty le");
    expect(looseKey("ĐẠT 100 %")).toBe("dat 100 %");
    expect(looseKey("—")).toBe("");
  });
});

describe("officials", () => {
  it.each([
    ["CC VP-TK", "Công chức Văn phòng-Thống kê"],
    ["VP - TK", "Công chức Văn phòng-Thống kê"],
    ["BP TN&TKQ", "Bộ phận Tiếp nhận và trả kết quả xã"],
    ["Bộ phận một cửa", "Bộ phận Tiếp nhận và trả kết quả xã"],
    ["CT UBND xã", "Chủ tịch Ủy ban nhân dân xã"],
    ["PCT UBND", "Phó Chủ tịch Ủy ban nhân dân xã"],
    ["TC-KT", "Công chức Tài chính-Kế toán"],
    ["cc van hoa xa hoi", "Công chức Văn hóa-Xã hội"],
    ["CHT", "Chỉ huy trưởng Quân sự xã"],
  ])("resolves %p", (alias, title) => {
    expect(resolveOfficial(alias)).toEqual(expect.objectContaining({ ok: true, title }));
  });
  it.each([
    ["Đ/c An - CT", "Chủ tịch Ủy ban nhân dân xã"],
    ["chị Lan – TP", "Công chức Tư pháp-Hộ tịch"],
    ["Nguyễn Văn An-PCT", "Phó Chủ tịch Ủy ban nhân dân xã"],
    ["anh Hùng (CA)", "Trưởng Công an xã"],
    ["anh Tuấn ĐC", "Công chức Địa chính-Xây dựng"],
    ["chị Hoa VP", "Công chức Văn phòng-Thống kê"],
    ["Hằng VP", "Công chức Văn phòng-Thống kê"],
    ["Phó CT", "Phó Chủ tịch Ủy ban nhân dân xã"],
    ["Phó CT (Kinh tế)", "Phó Chủ tịch Ủy ban nhân dân xã"],
    ["Ctịch", "Chủ tịch Ủy ban nhân dân xã"],
  ])("reads a person followed by the office's short name: %p", (text, title) => {
    expect(resolveOfficial(text)).toEqual(expect.objectContaining({ ok: true, title }));
  });
  it("reads a dash and a short name as an office only after a person", () => {
    expect(resolveOfficial("Thôn Đông - TC")).toEqual({ ok: false, text: "Thôn Đông - TC" });
    expect(resolveOfficial("Thôn VP")).toEqual({ ok: false, text: "Thôn VP" });
    // A police rank before a name: the commune's police; a rank alone, or before words, is no one.
    for (const officer of [
      "Đại úy Quan Văn Thịnh",
      "Thượng úy Kiều Văn Sáng",
      "trung úy Vi Thành Nam",
      "Thiếu tá Hà Minh Quân",
      "Hạ sĩ Lò Văn Tủa",
    ])
      expect([officer, resolveOfficial(officer)]).toEqual([officer, expect.objectContaining({ ok: true, title: "Trưởng Công an xã" })]);
    expect(resolveOfficial("Đại úy")).toEqual({ ok: false, text: "Đại úy" });
    expect(resolveOfficial("Trung tâm văn hóa")).toEqual({ ok: false, text: "Trung tâm văn hóa" });
    // The militia's commander, named by the office, stays the militia's.
    expect(resolveOfficial("Thượng úy Lý Văn Bình - Chỉ huy trưởng Ban CHQS")).toEqual(
      expect.objectContaining({ title: "Chỉ huy trưởng Quân sự xã" }),
    );
    expect(resolveOfficial("Kế hoạch - TC")).toEqual({ ok: false, text: "Kế hoạch - TC" });
  });
  it("keeps an unknown name as written", () => {
    expect(resolveOfficial(" Ông  Ba ")).toEqual({ ok: false, text: "Ông Ba" });
  });
  it("splits a list of parties without breaking 'Tiếp nhận và trả kết quả' at 'và'", () => {
    expect(parseParties("Bộ phận Tiếp nhận và trả kết quả xã và công chức có liên quan.")).toEqual([
      "Bộ phận Tiếp nhận và trả kết quả xã",
      "Công chức có liên quan",
    ]);
    expect(findOfficials("Phó Chủ tịch UBND phường", "phường").map((m) => m.title)).toEqual(["Phó Chủ tịch Ủy ban nhân dân phường"]);
  });
});

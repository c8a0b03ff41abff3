import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { IsoDate } from "../../src/core/dates/isoDate";
import { PlanItem } from "../../src/core/plan/model";
import { PlanParseOptions, PlanParseResult, parsePlanDocument } from "../../src/core/plan/parser";
import { readPlanFile } from "../../src/documents/readPlanFile";
import { PlanFixtures, makePlanFixtures } from "../../scripts/make-plan-fixtures";
import { tempDir } from "../helpers/cli";

/**
 * Plans as files: Word (Word's own numbering, header and signature as borderless tables), the
 * same printed to PDF, a scan, and plans whose tasks are a table, in Word and as a workbook.
 * The files are built by scripts/make-plan-fixtures.ts into a temporary folder.
 */
let files: PlanFixtures;
beforeAll(async () => {
  files = await makePlanFixtures(tempDir("cchc-plan-files-"));
}, 120_000);

async function parseFile(path: string, options: PlanParseOptions = {}): Promise<PlanParseResult> {
  const file = await readPlanFile(path, new Uint8Array(readFileSync(path)));
  if (!file.ok) throw new Error(file.error);
  return parsePlanDocument(file.doc, options);
}

async function plan(path: string, options: PlanParseOptions = {}) {
  const r = await parseFile(path, options);
  if (!r.ok) throw new Error(r.error);
  return r;
}

const VHXH = "Công chức Văn hóa-Xã hội";
const VPTK = "Công chức Văn phòng-Thống kê";
const MOT_CUA = "Bộ phận Tiếp nhận và trả kết quả xã";

const KH49_IDENTITY = {
  number: "49/KH-UBND",
  issuerLines: ["ỦY BAN NHÂN DÂN", "XÃ TÂN BÌNH"],
  issuer: "Ủy ban nhân dân xã Tân Bình",
  unitType: "xã",
  unitName: "Tân Bình",
  level: "xã",
  place: "Tân Bình",
  issued: "2021-09-29",
  title: "Khắc phục tồn tại, hạn chế và cải thiện, nâng cao Chỉ số cải cách hành chính của huyện, xã năm 2021 và những năm tiếp theo",
  firstYear: 2021,
  lastYear: null,
  signature: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
  signer: "Trương Minh Thắng",
  recipients: ["Phòng Nội vụ", "Đảng ủy xã", "Lưu: VT"],
};

const KH49_ITEMS: Array<Partial<PlanItem>> = [
  {
    code: "1.1",
    group: "CCHC",
    kind: "tiêu chí",
    title: "Thực hiện kế hoạch CCHC",
    heading: "Tiêu chí “Thực hiện kế hoạch CCHC” - Nâng cao tỷ lệ hồ sơ TTHC được xử lý trực tuyến mức độ 3, 4",
    objective: "Nâng cao tỷ lệ hồ sơ TTHC được xử lý trực tuyến mức độ 3, 4.",
    target: { kind: "previousYear", comparator: ">", baseline: null },
    tasks: [
      "Công chức Văn hóa-Xã hội phụ trách lĩnh vực Văn hóa thông tin tuyên truyền trên hệ thống loa phát thanh về các TTHC được cung cấp dịch vụ công mức độ 3, 4.",
      "Bộ phận Tiếp nhận và trả kết quả xã hướng dẫn tố chức, cá nhân sử dụng dịch vụ công trực tuyến mức độ 3, 4 liên quan đến lĩnh vực mình phụ trách.",
    ],
    lead: [VHXH],
    coordinators: [MOT_CUA],
    implementers: [],
    deadline: { kind: "due", text: "Trong năm 2021", due: "2021-12-31" as IsoDate, precision: "year", recurs: "none" },
  },
  {
    code: "1.2",
    group: "CCHC",
    kind: "tiêu chí thành phần",
    title: "Tỷ lệ hồ sơ TTHC do ủy ban nhân dân cấp xã tiếp nhận trong năm được giải quyết đúng hạn",
    objective: "100% hô sơ TTHC được giải quyết đúng hạn.",
    target: { kind: "level", value: 100 },
    tasks: ["Tổ chức thực hiện tốt việc giải quyết hồ sơ TTHC cho người dân, tổ chức, hướng đến giảm tỷ lệ hồ sơ trễ hạn."],
    lead: [VPTK],
    coordinators: [],
    implementers: [MOT_CUA],
    deadline: {
      kind: "due",
      text: "Trong năm 2021 và những năm tiếp theo",
      due: "2021-12-31" as IsoDate,
      precision: "year",
      recurs: "yearly",
    },
  },
  {
    code: "2.1",
    group: "SIPAS",
    kind: "chỉ số",
    title: "Chỉ số hài lòng về tiếp cận dịch vụ",
    objective: "Chỉ số hài lòng về tiếp cận dịch vụ tăng so với năm 2020.",
    target: { kind: "baseline", year: 2020, comparator: ">", baseline: null },
    tasks: [
      "Cung cấp đầy đủ, kịp thời thông tin để người dân, tổ chức biết về Bộ phận Tiếp nhận và trả kết quả xã khi tiếp nhận, giải quyết TTHC.",
    ],
    lead: [],
    deadline: {
      kind: "due",
      text: "Trong năm 2021 và các năm tiếp theo",
      due: "2021-12-31" as IsoDate,
      precision: "year",
      recurs: "yearly",
    },
  },
];

describe("a commune's plan in Word, in KH 49's form", () => {
  it("reads the header table, Word's own numbering (I., 1., 1.1., a., '-') and the signature table", async () => {
    const { plan: p, notes } = await plan(files.kh49Docx);
    expect(p.identity).toEqual(KH49_IDENTITY);
    expect(p.items).toHaveLength(3);
    KH49_ITEMS.forEach((expected, i) => expect(p.items[i]).toMatchObject(expected));
    expect(notes.map((n) => n.message)).toEqual(['Mục 2.1: kế hoạch không có phần "Phân công trách nhiệm".']);
  });
});

describe("the same plan printed to PDF", () => {
  it("comes out as the same plan: lines by baseline, the two columns of the header apart", async () => {
    const fromPdf = await plan(files.kh49Pdf);
    const fromWord = await plan(files.kh49Docx);
    expect(fromPdf.plan).toEqual(fromWord.plan);
    expect(fromPdf.notes.map((n) => n.message)).toEqual(fromWord.notes.map((n) => n.message));
  });

  it("gives the header as cells, the national title apart from the issuer", async () => {
    const file = await readPlanFile(files.kh49Pdf, new Uint8Array(readFileSync(files.kh49Pdf)));
    expect(file.ok && file.kind).toBe("pdf");
    const text = file.ok && file.doc.blocks[0].kind === "text" ? file.doc.blocks[0].text : "";
    // Where LibreOffice wraps the national title depends on the fonts at hand; the columns stay apart.
    const [first, second] = text.split("\n");
    expect(first).toMatch(/^ỦY BAN NHÂN DÂN \| CỘNG HÒA XÃ HỘI/);
    expect(second).toMatch(/^XÃ TÂN BÌNH \| .*VIỆT NAM$/u);
  });
});

describe("a scanned PDF", () => {
  it("is named as a scan with no text layer", async () => {
    const r = await readPlanFile(files.scannedPdf, new Uint8Array(readFileSync(files.scannedPdf)));
    expect(r).toEqual({
      ok: false,
      error: "PDF dạng ảnh quét, không có lớp chữ (1 trang): hãy dùng bản Word hoặc PDF xuất từ Word, hoặc nhận dạng chữ (OCR) trước",
      problem: "scanned",
    });
  });
});

const LINH_XUAN_ITEMS: Array<Partial<PlanItem>> = [
  {
    code: "1.1",
    group: "CCHC",
    kind: "tiêu chí",
    title: "Công tác chỉ đạo, điều hành cải cách hành chính",
    heading: "Tiêu chí “Công tác chỉ đạo, điều hành cải cách hành chính”",
    tasks: [
      "Ban hành Kế hoạch cải cách hành chính năm 2025",
      "Báo cáo kết quả cải cách hành chính hằng quý",
      "Kiểm tra công tác cải cách hành chính tại các khu phố",
    ],
    lead: [VPTK],
    coordinators: ["Các bộ phận chuyên môn", "Trưởng Công an phường"],
    implementers: [],
    // The latest of the tasks' due dates.
    deadline: { kind: "due", text: "Quý III/2025", due: "2025-09-30" as IsoDate, precision: "quarter", recurs: "none" },
    taskDetails: [
      {
        content: "Ban hành Kế hoạch cải cách hành chính năm 2025",
        lead: [VPTK],
        partners: ["Các bộ phận chuyên môn"],
        deadline: { kind: "due", text: "31/01/2025", due: "2025-01-31" as IsoDate, precision: "day", recurs: "none" },
        product: "Kế hoạch",
      },
      {
        // "CC VP-TK", the lead cell merged down over two tasks.
        content: "Báo cáo kết quả cải cách hành chính hằng quý",
        lead: [VPTK],
        partners: [],
        deadline: { kind: "periodic", text: "Hằng quý", every: "quarter" },
        product: "Báo cáo",
      },
      {
        content: "Kiểm tra công tác cải cách hành chính tại các khu phố",
        lead: [VPTK],
        partners: ["Trưởng Công an phường"],
        deadline: { kind: "due", text: "Quý III/2025", due: "2025-09-30" as IsoDate, precision: "quarter", recurs: "none" },
        product: "Biên bản kiểm tra",
      },
    ],
  },
  {
    code: "1.2",
    group: "CCHC",
    kind: "tiêu chí thành phần",
    title: "Tỷ lệ hồ sơ giải quyết đúng hạn",
    tasks: ["Theo dõi, đôn đốc giải quyết hồ sơ đúng hạn"],
    lead: ["Bộ phận Tiếp nhận và trả kết quả phường"],
    coordinators: ["Công chức có liên quan"],
    deadline: { kind: "continuous", text: "Thường xuyên" },
    taskDetails: [
      {
        content: "Theo dõi, đôn đốc giải quyết hồ sơ đúng hạn",
        lead: ["Bộ phận Tiếp nhận và trả kết quả phường"],
        partners: ["Công chức có liên quan"],
        deadline: { kind: "continuous", text: "Thường xuyên" },
        product: "Báo cáo tháng",
      },
    ],
  },
  {
    code: "2.1",
    group: "SIPAS",
    kind: "chỉ số",
    title: "Chỉ số hài lòng về tiếp cận dịch vụ",
    tasks: ["Bố trí ghế ngồi, nước uống tại Bộ phận Một cửa", "Khảo sát sự hài lòng của người dân"],
    lead: ["Chủ tịch Ủy ban nhân dân phường"],
    coordinators: ["Công chức Tài chính-Kế toán"],
    deadline: { kind: "due", text: "Tháng 6/2025", due: "2025-06-30" as IsoDate, precision: "month", recurs: "none" },
  },
];

describe("a ward's plan whose tasks are an appendix table, in Word", () => {
  it("reads the identity from the text and the items, tasks, leads, deadlines and products from the table", async () => {
    const { plan: p, notes } = await plan(files.tableDocx);
    expect(p.identity).toEqual({
      number: "31/KH-UBND",
      issuerLines: ["ỦY BAN NHÂN DÂN", "PHƯỜNG LINH XUÂN"],
      issuer: "Ủy ban nhân dân phường Linh Xuân",
      unitType: "phường",
      unitName: "Linh Xuân",
      level: "xã",
      place: "Linh Xuân",
      issued: "2025-01-15",
      title: "Cải cách hành chính năm 2025 của phường Linh Xuân",
      firstYear: 2025,
      lastYear: 2025,
      signature: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
      signer: "Nguyễn Thị Lan",
      recipients: ["UBND Thành phố", "Lưu: VT"],
    });
    expect(p.items).toHaveLength(3);
    LINH_XUAN_ITEMS.forEach((expected, i) => expect(p.items[i]).toMatchObject(expected));
    expect(p.items[2].taskDetails?.[1]).toEqual({
      content: "Khảo sát sự hài lòng của người dân",
      lead: ["Chủ tịch Ủy ban nhân dân phường"],
      partners: [],
      deadline: { kind: "unparsed", text: "Khi có yêu cầu" },
      product: "Phiếu khảo sát",
    });
    expect(notes.map((n) => n.message)).toEqual([
      'Nhiệm vụ "Khảo sát sự hài lòng của người dân" (bảng "Bảng 3", dòng 13): không hiểu thời hạn "Khi có yêu cầu"; giữ nguyên như văn bản.',
    ]);
  });
});

describe("the same table as a workbook", () => {
  it("gives the same items; the identity comes from the rows above the table, and says so", async () => {
    const fromSheet = await plan(files.tableXlsx);
    const fromWord = await plan(files.tableDocx);
    expect(fromSheet.plan.items).toEqual(fromWord.plan.items);
    expect(fromSheet.plan.identity).toMatchObject({
      number: "31/KH-UBND",
      issuerLines: ["UBND PHƯỜNG LINH XUÂN"],
      unitType: "phường",
      unitName: "Linh Xuân",
      level: "xã",
      issued: "2025-01-15",
      title: "",
      firstYear: 2025,
    });
    expect(fromSheet.notes.map((n) => n.message)).toEqual([
      'Số hiệu 31/KH-UBND lấy từ dòng "Kèm theo Kế hoạch số …" (dòng "(Kèm theo Kế hoạch số 31/KH-UBND ngày 15/01/2025 của Ủy ban nhân dâ…")',
      'Không tìm thấy tên kế hoạch (dòng "KẾ HOẠCH" và tên ở dưới).',
      'Nhiệm vụ "Khảo sát sự hài lòng của người dân" (bảng "Phụ lục", dòng 18): không hiểu thời hạn "Khi có yêu cầu"; giữ nguyên như văn bản.',
    ]);
  });
});

describe("a task workbook with no criterion code", () => {
  it("asks for the date, then numbers its groups 1.1, 2.1 … and says it did", async () => {
    const r = await parseFile(files.uncodedXlsx);
    expect(r).toMatchObject({ ok: false, missing: "issued" });
    const { plan: p, notes } = await plan(files.uncodedXlsx, { issued: "2025-02-10" as IsoDate });
    expect(p.items.map((i) => [i.code, i.group, i.title, i.tasks, i.lead])).toEqual([
      [
        "1.1",
        "CCHC",
        "CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
        ["Rà soát thủ tục hành chính", "Công khai thủ tục hành chính"],
        ["Công chức Tư pháp-Hộ tịch", "Bộ phận Tiếp nhận và trả kết quả xã"],
      ],
      ["2.1", "SIPAS", "CHỈ SỐ HÀI LÒNG (SIPAS)", ["Lấy ý kiến người dân"], [VHXH]],
    ]);
    expect(p.identity).toMatchObject({ issued: "2025-02-10", firstYear: 2025 });
    expect(notes.map((n) => n.message)).toContain(
      'Bảng nhiệm vụ (bảng "Nhiệm vụ", dòng 3) không ghi mã tiêu chí: đặt mã 1.1, 2.1 theo thứ tự các mục; hãy kiểm tra.',
    );
  });
});

describe("files that are not plans, or not readable", () => {
  const write = (name: string, bytes: Uint8Array | string) => {
    const path = join(tempDir(), name);
    writeFileSync(path, bytes);
    return path;
  };
  const read = async (path: string) => readPlanFile(path, new Uint8Array(readFileSync(path)));

  it("names an old Word file, a zip that is not Word, a file whose content is not its extension", async () => {
    expect(await read(write("ke-hoach.doc", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])))).toEqual({
      ok: false,
      error: "tệp Word/Excel đời cũ (.doc, .xls): hãy mở bằng Word/Excel và lưu thành .docx/.xlsx",
      problem: "format",
    });
    expect(await read(write("ke-hoach.docx", "PK\u0003\u0004 not really a zip"))).toEqual({
      ok: false,
      error: "tệp nén không phải Word (.docx) hay Excel (.xlsx)",
      problem: "format",
    });
    expect(await read(write("ke-hoach.pdf", "Kế hoạch số 1"))).toEqual({
      ok: false,
      error: "tệp không đúng định dạng .pdf (nội dung không khớp đuôi tệp)",
      problem: "format",
    });
    expect(await read(write("hong.pdf", "%PDF-1.4\nrác"))).toEqual({
      ok: false,
      error: "không phải tệp PDF hợp lệ hoặc tệp bị hỏng",
      problem: "damaged",
    });
  });

  it("reads a text file saved as UTF-16 with a byte-order mark", async () => {
    const text = "KẾ HOẠCH\nCải cách hành chính";
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer)]);
    const r = await read(write("ke-hoach.txt", utf16));
    expect(r).toEqual({ ok: true, kind: "txt", doc: { blocks: [{ kind: "text", text }] } });
  });
});

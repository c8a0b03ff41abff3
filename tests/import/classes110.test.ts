import { IsoDate } from "../../src/core/dates/isoDate";
import { consolidate } from "../../src/core/import/consolidate";
import { GridCell } from "../../src/core/import/grid";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { consolidateSheet, gridOf } from "../helpers/grids";

// The classes this stop's blind sets (109 left over, 110-113) found.
const one = consolidateSheet;

describe("a copy of the plan's table: the code in STT, the criterion's name in its own column", () => {
  const rows: GridCell[][] = [
    ["BẢNG THEO DÕI THỰC HIỆN KẾ HOẠCH SỐ 49/KH-UBND"],
    [],
    ["STT", "Tiêu chí, tiêu chí thành phần", "Nhiệm vụ, giải pháp", "Chủ trì", "Thời gian thực hiện", "Kết quả đến 15/12"],
    ["I", "Tập trung khắc phục các tiêu chí còn hạn chế"],
    [
      "1.1",
      "Thực hiện kế hoạch CCHC - nâng cao tỷ lệ hồ sơ xử lý trực tuyến mức độ 3, 4",
      "Tuyên truyền trên loa phát thanh về DVC mức độ 3, 4",
      "CC VH-XH",
      "Năm 2021",
      "Đã phát thanh 24 buổi",
    ],
    [
      "2.3",
      "Hài lòng về công chức BP TN&TKQ",
      "Chấn chỉnh kỷ luật, kỷ cương tại bộ phận một cửa",
      "CC VP-TK",
      "Năm 2021",
      "Đang thực hiện",
    ],
    ["1.2", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", "Giải quyết tốt hồ sơ TTHC, giảm trễ hạn", "CC VP-TK", "Năm 2021", "Đang thực hiện"],
  ];

  it("takes the plan's number from STT where the name matches no criterion's title, and says so", () => {
    const t = one(rows).tasks.find((x) => x.content.startsWith("Tuyên truyền"));
    expect(t?.code).toBe("1.1");
    expect(t?.note).toContain("theo cột STT");
  });

  it("takes STT's number beside a name written otherwise than the plan's title", () => {
    expect(one(rows).tasks.find((x) => x.content.startsWith("Chấn chỉnh"))?.code).toBe("2.3");
  });

  it("still reads a name the plan's titles hold by that name", () => {
    const t = one(rows).tasks.find((x) => x.content.startsWith("Giải quyết tốt"));
    expect(t?.code).toBe("1.2");
    expect(t?.note).not.toContain("theo cột STT");
  });

  it("keeps a name as written where STT holds a plain count", () => {
    const counted = rows.map((r, i) => (i >= 4 ? [i - 3, ...r.slice(1)] : r));
    expect(one(counted).tasks.find((x) => x.content.startsWith("Tuyên truyền"))?.code).not.toBe("1.1");
  });
});

describe("'Thường xuyên' as a standing duty's result", () => {
  const rows: GridCell[][] = [
    ["STT", "Nhiệm vụ", "Chủ trì", "Thời hạn", "Kết quả thực hiện"],
    [1, "Giải quyết tốt hồ sơ TTHC, xin lỗi khi trễ hẹn", "CC VP-TK", "Năm 2021", "Thường xuyên; Q4 không có hồ sơ trễ hạn"],
    [2, "Kiểm tra, xử lý CBCC nhũng nhiễu", "CT UBND", "Năm 2021", "Thường xuyên"],
    [3, "Rà soát quy chế làm việc", "CC VP-TK", "Năm 2021", null],
  ];

  it("is work going on, not work not begun", () => {
    expect(one(rows).tasks.map((t) => t.status)).toEqual(["Đang thực hiện", "Đang thực hiện", "Chưa thực hiện"]);
  });
});

describe("a sheet whose title or file names the office whose work it is", () => {
  const rows: GridCell[][] = [
    ["Việc CCHC của bộ phận Địa chính - NN - XD - MT"],
    ["Nội dung", "Mã", "Thời hạn", "Rồi/Chưa"],
    ["Niêm yết TTHC lĩnh vực đất đai mới công bố", "2.2", "15.10.2021", "Rồi"],
    ["Kiểm tra thực địa công trình, tháo gỡ vướng mắc mặt bằng", "1.4", "hàng tuần", "Đang"],
  ];

  it("gives the rows with no Chủ trì the office the title says the work is 'của'", () => {
    expect(one(rows).tasks.map((t) => t.lead)).toEqual(["Công chức Địa chính-Xây dựng", "Công chức Địa chính-Xây dựng"]);
  });

  it("reads 'DC-NN-XD-MT' in a file's name as the Địa chính official", () => {
    const untitled = [["Việc CCHC năm 2021"], ...rows.slice(1)];
    const c = consolidate(
      [{ file: "DC-NN-XD-MT 2021.xlsx", ok: true, grids: [gridOf(untitled, { file: "DC-NN-XD-MT 2021.xlsx" })] }],
      BUILTIN_PLAN,
      "2021-12-15" as IsoDate,
    );
    expect(c.tasks.map((t) => t.lead)).toEqual(["Công chức Địa chính-Xây dựng", "Công chức Địa chính-Xây dựng"]);
  });
});

describe("a plan's tasks with their criterion's figures across the quarters on the same rows", () => {
  const rows: GridCell[][] = [
    ["THEO DÕI THỰC HIỆN KẾ HOẠCH 49/KH-UBND"],
    ["Mã", "Nhiệm vụ", "Chủ trì", "Thời hạn", "Tình hình thực hiện", "Kết quả chỉ số", null, null],
    [null, null, null, null, null, "Quý II", "Quý III", "Quý IV"],
    ["1.1", "Tuyên truyền, hướng dẫn sử dụng DVC trực tuyến", "CC VH-XH", "Trong năm 2021", "Đang thực hiện", "12%", "17,2%", null],
    ["1.5", "Gửi, nhận văn bản điện tử", "CC VP-TK", "31/12/2021", "Đang thực hiện", "93,1%", "95,2%", null],
    ["2.4", "Triển khai đánh giá chất lượng giải quyết TTHC", "CC VP-TK", "15/11/2021", "Hoàn thành ngày 12/11/2021", null, null, null],
  ];
  const merges = [{ top: 2, left: 6, bottom: 2, right: 8 }, ...[1, 2, 3, 4, 5].map((c) => ({ top: 2, left: c, bottom: 3, right: c }))];

  it("reads each row as a task, the row with no figures too", () => {
    const c = one(rows, { merges });
    expect(c.tasks.map((t) => [t.code, t.lead, t.due, t.status])).toEqual([
      ["1.1", "Công chức Văn hóa-Xã hội", "2021-12-31", "Đang thực hiện"],
      ["1.5", "Công chức Văn phòng-Thống kê", "2021-12-31", "Đang thực hiện"],
      ["2.4", "Công chức Văn phòng-Thống kê", "2021-11-15", "Hoàn thành"],
    ]);
  });

  it("still reads the figures as the criteria's readings, never as the tasks' progress", () => {
    const c = one(rows, { merges });
    expect(c.readings.map((r) => [r.code, r.period, r.value])).toEqual(
      expect.arrayContaining([
        ["1.1", "Quý II/2021", 12],
        ["1.5", "Quý III/2021", 95.2],
      ]),
    );
    expect(c.tasks.every((t) => t.progress === null || t.progress === 100)).toBe(true);
  });
});

describe("a rate row under count rows that are not next to it", () => {
  const rows: GridCell[][] = [
    ["STT", "Chỉ số", "ĐVT", "T1", "T2", "T3", "Lũy kế"],
    ["I", "HỒ SƠ THỦ TỤC HÀNH CHÍNH"],
    [1, "Số hồ sơ tiếp nhận", "hồ sơ", 52, 38, 61, 151],
    [2, "Số hồ sơ đã giải quyết", "hồ sơ", 50, 37, 60, 147],
    [3, "Trong đó: giải quyết đúng hạn (kể cả trước hạn)", "hồ sơ", 49, 37, 58, 144],
    [4, "Tỷ lệ giải quyết đúng hạn", "%", 0.98, 1, 58 / 60, 144 / 147],
    ["II", "HỒ SƠ TRỰC TUYẾN"],
    [5, "Hồ sơ nộp trực tuyến mức độ 3, 4", "hồ sơ", 3, 2, 5, 10],
    [6, "Tỷ lệ hồ sơ trực tuyến", "%", 3 / 52, 2 / 38, 5 / 61, 10 / 151],
  ];

  it("takes as its counts the two rows whose quotient it is in every month", () => {
    const got = one(rows)
      .readings.filter((r) => r.period === "Tháng 3/2021" && (r.code === "1.1" || r.code === "1.2"))
      .map((r) => [r.code, r.numerator, r.denominator]);
    expect(got).toEqual(
      expect.arrayContaining([
        ["1.2", 58, 60],
        ["1.1", 5, 61],
      ]),
    );
  });
});

describe("a desk's monthly counts with 'Đúng hạn' and 'Trễ hạn' columns", () => {
  const rows: GridCell[][] = [
    ["Tháng", "Khai sinh", "Chứng thực", "Tổng", "Trực tuyến", "Đúng hạn", "Trễ hạn"],
    ["Tháng 10/2021", 36, 150, 205, 8, 204, 1],
    ["Tháng 11/2021", 31, 133, 183, 9, 183, 0],
  ];

  it("never makes the late count a rate's numerator", () => {
    const got = one(rows).readings.map((r) => [r.numerator, r.denominator]);
    expect(got).not.toContainEqual([1, 204]);
    expect(got).not.toContainEqual([0, 183]);
  });
});

describe("a deadline moved in Ghi chú with a colon ('Gia hạn: 31/12')", () => {
  const rows: GridCell[][] = [
    ["Mã TC", "Nhiệm vụ", "Chủ trì", "Thời hạn", "Tình trạng", "Ghi chú"],
    ["2.1", "Cập nhật thông tin Bộ phận Một cửa trên Trang TTĐT xã", "CC VP-TK", "15/10/2021", "Đang thực hiện", "Gia hạn: 31/12"],
  ];

  it("moves the deadline, so the task is not overdue", () => {
    const [t] = one(rows).tasks;
    expect([t.due, t.verdict]).toEqual(["2021-12-31", "Chưa đến hạn"]);
  });
});

describe("a start day beside a share written", () => {
  const rows: GridCell[][] = [
    ["STT", "Nhiệm vụ", "Từ ngày", "Đến ngày", "Tiến độ (%)"],
    [1, "Niêm yết công khai các TTHC mới công bố", "01/10/2021", "12/10/2021", 100],
    [2, "Báo cáo số liệu TTHC tháng 11", "25/11/2021", "30/11/2021", 0],
    [3, "Rà soát hồ sơ trễ hạn", "01/10/2021", "31/12/2021", null],
  ];

  it("lets the share say the state; only a row with none is under way from its start", () => {
    expect(one(rows).tasks.map((t) => t.status)).toEqual(["Hoàn thành", "Chưa thực hiện", "Đang thực hiện"]);
  });
});

describe("the Fatherland Front's own list", () => {
  const rows: GridCell[][] = [
    ["ỦY BAN MTTQ VIỆT NAM XÃ TÂN BÌNH"],
    ["THEO DÕI THỰC HIỆN KẾ HOẠCH GIÁM SÁT CÔNG TÁC CCHC NĂM 2021"],
    [],
    ["TT", "Nội dung giám sát, vận động", "Thời gian", "Tiến độ, kết quả"],
    [1, "Giám sát việc giải quyết TTHC tại Bộ phận Một cửa", "30/9/2021", "Đã xong (28/9)"],
  ];

  it("is the Front's work, not an official's the plan names", () => {
    expect(one(rows).tasks.map((t) => t.lead)).toEqual(["Ủy ban Mặt trận Tổ quốc Việt Nam xã"]);
  });
});

describe("'Đã xong 2/3 vụ': a share of things, not a day", () => {
  const rows: GridCell[][] = [
    ["Nội dung", "Thời hạn", "Kết quả"],
    ["Kiểm tra, xử lý vi phạm đất đai", "30/11/2021", "Đã xong 2/3 vụ"],
  ];

  it("reads no day done from it", () => {
    const [t] = one(rows).tasks;
    expect(t.doneDate).toBeNull();
    expect(t.progress).toBeCloseTo(66.67, 1);
  });
});

describe("numbered tasks under a numbered task that names its criterion", () => {
  const rows: GridCell[][] = [
    ["STT", "Nội dung", "Chủ trì", "Hạn hoàn thành", "Trạng thái"],
    ["1", "Thực hiện giải ngân kế hoạch đầu tư vốn NSNN (TCTP 1.4)", "PCT UBND", "31/01/2022", "Đang thực hiện"],
    ["1.1", "Giải ngân đạt 60% kế hoạch vốn được giao", "CC TC-KT", "30/09/2021", "Hoàn thành"],
    ["1.1.1", "Hoàn thiện hồ sơ thanh toán khối lượng đường liên thôn", "CC ĐC-XD", "15/09/2021", "Hoàn thành"],
    ["2", "Rà soát quy chế làm việc của UBND xã", "CC VP-TK", "30/11/2021", "Hoàn thành"],
    ["2.1", "Lấy ý kiến góp ý dự thảo quy chế", "CC VP-TK", "15/11/2021", "Hoàn thành"],
  ];

  it("gives each the criterion its parent, or its parent's parent, writes", () => {
    expect(
      one(rows)
        .tasks.slice(0, 3)
        .map((t) => t.code),
    ).toEqual(["1.4", "1.4", "1.4"]);
  });

  it("gives nothing from a parent that names no criterion", () => {
    const t = one(rows).tasks.find((x) => x.content.startsWith("Lấy ý kiến"));
    expect(t?.code === null || t?.codeSuggested).toBe(true);
  });
});

describe("a bare share in Kết quả, no progress column", () => {
  const rows: GridCell[][] = [
    ["TT", "Công việc", "Người thực hiện", "Hạn", "Kết quả"],
    ["1", "Hướng dẫn người dân nộp hồ sơ trực tuyến", "BP Một cửa", "30/11/2021", "70%"],
  ];

  it("is how far the work is", () => {
    const [t] = one(rows).tasks;
    expect([t.status, t.progress]).toEqual(["Đang thực hiện", 70]);
  });
});

describe("a report sheet: its official in brackets under the title, criteria in numbered section rows", () => {
  const rows: GridCell[][] = [
    ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH 49 - LĨNH VỰC LAO ĐỘNG - TB&XH"],
    ["(Công chức VH-XH phụ trách LĐTBXH: Ksor H'Mai)"],
    [],
    ["Nội dung", "Thời hạn", "Kết quả thực hiện"],
    ["1. Tiêu chí 1.1 - DVC trực tuyến mức độ 3, 4"],
    ["- Hướng dẫn đối tượng BTXH nộp hồ sơ qua Cổng DVC", "30/11/2021", "Đã thực hiện xong ngày 25/11/2021"],
    ["2. Chỉ số hài lòng về công chức (TC 2.3)"],
    ["- Tự kiểm tra thái độ giao tiếp với người dân", "Thường xuyên", "Đang thực hiện"],
    ["3. Nhiệm vụ khác"],
    ["- Cập nhật dữ liệu người có công lên phần mềm của Sở", "31/10/2021", "Hoàn thành 90%"],
  ];

  it("gives the rows with no Chủ trì the official the bracket names", () => {
    expect(new Set(one(rows).tasks.map((t) => t.lead))).toEqual(new Set(["Công chức Văn hóa-Xã hội"]));
  });

  it("ends a section's criterion at a sibling section that names none", () => {
    const codes = one(rows).tasks.map((t) => (t.codeSuggested ? "suggested" : t.code));
    expect(codes.slice(0, 2)).toEqual(["1.1", "2.3"]);
    expect(codes[2]).not.toBe("2.3");
  });
});

describe("a day-by-day log of what was done", () => {
  const rows: GridCell[][] = [
    ["Ngày", "Nội dung phát", "Thời lượng", "Người đọc"],
    ...[4, 7, 11, 14].map((d, i): GridCell[] => [
      { date: `2021-10-${String(d).padStart(2, "0")}` as IsoDate },
      `Bản tin CCHC số 0${i + 1} - giới thiệu DVC mức độ 3, 4`,
      "15 phút",
      "Lê Quang Vinh",
    ]),
  ];

  it("makes no task of an event that took place, and says so", () => {
    const c = one(rows);
    expect(c.tasks).toEqual([]);
    expect(c.problems.some((p) => p.code === "ROW_SKIPPED" && p.message.includes("nhật ký"))).toBe(true);
  });

  it("still reads a list of the same shape whose days are still to come", () => {
    const ahead = rows.map((r, i): GridCell[] => (i === 0 ? r : [{ date: `2022-01-1${i}` as IsoDate }, ...r.slice(1)]));
    expect(one(ahead).tasks.length).toBeGreaterThan(0);
  });
});

describe("the council's targets with no column judging them", () => {
  const rows: GridCell[][] = [
    ["Chỉ tiêu", "ĐVT", "KH 2021 (NQ HĐND)", "Thực hiện đến 30/11", "Tỷ lệ %"],
    ["Diện tích gieo trồng", "ha", 4250, 4310, 101.4],
    ["Sản lượng lương thực", "tấn", 9800, 9620, 98.2],
    ["Tái canh cà phê", "ha", 25, 18, 72],
  ];

  it("makes no task of a target, and no figure of 1.7 from figures to date", () => {
    const c = one(rows);
    expect(c.tasks).toEqual([]);
    expect(c.readings.filter((r) => r.code === "1.7")).toEqual([]);
    expect(c.problems.some((p) => p.code === "ROW_SKIPPED" && p.message.includes("chỉ tiêu"))).toBe(true);
  });
});

describe("a desk's dossiers by field, the resolved and the on-time under each quarter", () => {
  const rows: GridCell[][] = [
    ["STT", "Lĩnh vực", "Quý III/2021", null, null, null, "Quý IV/2021", null, null, null],
    [null, null, "Đã giải quyết", "Đúng hạn", "Trễ hạn", "Tỷ lệ đúng hạn", "Đã giải quyết", "Đúng hạn", "Trễ hạn", "Tỷ lệ đúng hạn"],
    [1, "Hộ tịch", 62, 62, 0, 1, 70, 69, 1, 69 / 70],
    [2, "Chứng thực", 140, 140, 0, 1, 155, 155, 0, 1],
    [3, "Đất đai", 12, 10, 2, 10 / 12, 15, 13, 2, 13 / 15],
    [null, "Cộng", 214, 212, 2, 212 / 214, 240, 237, 3, 237 / 240],
  ];
  const merges = [
    { top: 1, left: 3, bottom: 1, right: 6 },
    { top: 1, left: 7, bottom: 1, right: 10 },
    { top: 1, left: 1, bottom: 2, right: 1 },
    { top: 1, left: 2, bottom: 2, right: 2 },
  ];

  it("reads the commune's on-time rate each quarter as criterion 1.2", () => {
    const got = one(rows, { merges }).readings.map((r) => [r.code, r.period, r.numerator, r.denominator]);
    expect(got).toEqual(
      expect.arrayContaining([
        ["1.2", "Quý III/2021", 212, 214],
        ["1.2", "Quý IV/2021", 237, 240],
      ]),
    );
  });
});

describe("the commune's summary repeating the desk's figure rounded", () => {
  const desk: GridCell[][] = [
    ["Mã tiêu chí", "Chỉ số", "Kỳ", "Tử số", "Mẫu số", "Tỷ lệ (%)"],
    ["1.2", "Tỷ lệ hồ sơ giải quyết đúng hạn", "Quý III/2021", 185, 186, 99.46],
  ];
  const summary: GridCell[][] = [
    ["Mã tiêu chí", "Chỉ số", "Kỳ", "Tỷ lệ (%)"],
    ["1.2", "Giải quyết hồ sơ đúng hạn", "Quý III/2021", 99.5],
  ];
  const read = (other: GridCell[][]) =>
    consolidate(
      [
        { file: "a.xlsx", ok: true, grids: [gridOf(desk, { file: "a.xlsx" })] },
        { file: "b.xlsx", ok: true, grids: [gridOf(other, { file: "b.xlsx" })] },
      ],
      BUILTIN_PLAN,
      "2021-12-15" as IsoDate,
    );

  it("counts the figure with its counts, keeps the rounded copy without the criterion, and warns of nothing", () => {
    const c = read(summary);
    expect(c.readings.map((r) => [r.code, r.source.file, r.value])).toEqual([
      ["1.2", "a.xlsx", expect.closeTo(99.46, 2)],
      [null, "b.xlsx", 99.5],
    ]);
    expect(c.problems.filter((p) => p.code === "DUPLICATE_READING")).toEqual([]);
  });

  it("still names a figure that differs by more than its rounding", () => {
    const c = read(summary.map((r, i) => (i === 1 ? [...r.slice(0, 3), 98.9] : r)));
    expect(c.problems.filter((p) => p.code === "DUPLICATE_READING")).toHaveLength(1);
  });
});

describe("a task that recurs by its own words, reported as done so far", () => {
  const rows: GridCell[][] = [
    ["TT", "Nội dung", "Người thực hiện", "Kết quả thực hiện"],
    [1, "Kiểm tra tiến độ thi công tại thực địa hằng tháng", "PCT UBND xã", "Đã kiểm tra T7, T8, T9, T10, T11/2021"],
    [2, "Lập hồ sơ quyết toán công trình đường bê tông thôn 3", "CC TC-KT", "Đã gửi Phòng TC-KH huyện"],
  ];

  it("goes on; a task done once is done", () => {
    expect(one(rows).tasks.map((t) => t.status)).toEqual(["Đang thực hiện", "Hoàn thành"]);
  });
});

describe("the Văn phòng's quarterly summary: a row per criterion, its result and whether it is met", () => {
  const rows: GridCell[][] = [
    ["TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH 49/KH-UBND - QUÝ IV NĂM 2021"],
    [],
    ["Mã TC", "Tên tiêu chí", "Chủ trì", "Chỉ tiêu KH", "Kết quả đạt được (số liệu)", "Đánh giá", "Khó khăn, vướng mắc"],
    ["1.1", "Tỷ lệ hồ sơ TTHC xử lý trực tuyến", "CC VH-XH", "Tăng so với 2020", "17,1% (63/369 hồ sơ)", "Đạt", "Người dân chưa quen"],
    ["1.2", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", "CC VP-TK", "100%", "98,9% (360/364 hồ sơ)", "Chưa đạt", "04 hồ sơ trễ hẹn"],
    ["1.5", "Tỷ lệ văn bản trao đổi dưới dạng điện tử", "CC VP-TK", "Tối đa", "95,6% (259/271 VB đi)", "Đạt", null],
  ];

  it("names a row it does not read, and counts that do not give the rate written", () => {
    const more: GridCell[][] = [
      ...rows,
      ["1.3", "Tỷ lệ đạt chuẩn của cán bộ cấp xã", "CC VP-TK", "100%", "83,3% (2/24 CBCC đạt chuẩn)", "Chưa đạt", null],
      [null, "Chỉ số chung", null, null, "Khá", "Đạt", null],
    ];
    const c = one(more);
    expect(c.readings.find((r) => r.code === "1.3")).toMatchObject({ value: 83.3, numerator: null, denominator: null });
    expect(c.problems.filter((p) => p.code === "RATE_MISMATCH").map((p) => p.row)).toEqual([7]);
    expect(c.problems.some((p) => p.code === "ROW_SKIPPED" && p.row === 8)).toBe(true);
  });

  it("reads each criterion's figure with its counts, and makes no task of a row", () => {
    const c = one(rows);
    expect(c.tasks).toEqual([]);
    expect(c.readings.map((r) => [r.code, r.period, r.numerator, r.denominator])).toEqual([
      ["1.1", "Quý IV/2021", 63, 369],
      ["1.2", "Quý IV/2021", 360, 364],
      ["1.5", "Quý IV/2021", 259, 271],
    ]);
  });
});

describe("a survey's results by criterion, last year's beside this year's", () => {
  const rows: GridCell[][] = [
    ["KẾT QUẢ ĐIỀU TRA SỰ HÀI LÒNG (SIPAS) NĂM 2021"],
    [],
    ["STT", "Mã", "Chỉ số thành phần", "Năm 2020 (%)", "Năm 2021 (%)", "Chỉ tiêu KH 49", "Đánh giá"],
    [1, "2.1", "Hài lòng về tiếp cận dịch vụ", 80.12, 83.45, "Tăng so với năm 2020", "Đạt"],
    [2, "2.3", "Hài lòng về công chức", 85.3, 84.9, "Giữ vững hoặc tăng", "Chưa đạt"],
    [3, "2.5", "Hài lòng về tiếp nhận, xử lý PAKN", 70.4, "72,65", "Giữ vững hoặc tăng", "Đạt"],
  ];

  it("names a criterion whose figure this year is not written yet, its baseline read all the same", () => {
    const c = one([...rows, [4, "2.4", "Hài lòng về kết quả giải quyết TTHC", 82, "đang tổng hợp", "Giữ vững", "Chưa đến hạn"]]);
    expect(c.readings.filter((r) => r.code === "2.4").map((r) => r.period)).toEqual(["Năm 2020"]);
    expect(c.problems.some((p) => p.code === "ROW_SKIPPED" && p.row === 7)).toBe(true);
  });

  it("reads this year's figure as the year's and last year's as its baseline", () => {
    const got = one(rows).readings.map((r) => [r.code, r.period, r.value]);
    expect(got).toEqual(
      expect.arrayContaining([
        ["2.1", "Năm 2021", 83.45],
        ["2.1", "Năm 2020", 80.12],
        ["2.5", "Năm 2021", 72.65],
      ]),
    );
  });
});

describe("a report typed as lines: its work, then its difficulties and proposals", () => {
  const rows: GridCell[][] = [
    ["BÁO CÁO kết quả thực hiện Kế hoạch 49/KH-UBND (tính đến ngày 10/12/2021)"],
    ["I. KẾT QUẢ THỰC HIỆN"],
    ["1. Niêm yết công khai đầy đủ TTHC tư pháp tại Bộ phận Một cửa: đã hoàn thành ngày 15/10/2021."],
    ["2. Xây dựng bộ biểu mẫu tham khảo cho 05 TTHC hộ tịch thường gặp: đã xong ngày 05/11/2021."],
    ["II. KHÓ KHĂN, VƯỚNG MẮC"],
    ["- Địa bàn rộng, nhiều bản chưa có sóng điện thoại nên người dân chưa dùng được dịch vụ công."],
    ["III. ĐỀ XUẤT"],
    ["- Đề nghị UBND huyện hỗ trợ 01 máy tính cho Bộ phận Một cửa trước ngày 31/12/2021."],
  ];

  it("makes tasks of the work only, and names the remarks", () => {
    const c = one(rows);
    expect(c.tasks.map((t) => t.source.row)).toEqual([3, 4]);
    expect(c.problems.some((p) => p.code === "ROW_SKIPPED" && p.message.includes("nhận xét"))).toBe(true);
  });
});

describe("a key-figures table of rates: 'Kế hoạch | Thực hiện | So sánh TH/KH'", () => {
  const rows: GridCell[][] = [
    ["BÁO CÁO KẾT QUẢ QUÝ IV NĂM 2021"],
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện quý IV", "So sánh TH/KH (%)"],
    [1, "Tỷ lệ hồ sơ tiếp nhận trực tuyến mức độ 3, 4", "%", 15, 14.2, 94.7],
    [2, "Tỷ lệ văn bản đi gửi dưới dạng điện tử", "%", 90, 91.2, 101.3],
    [3, "Tỷ lệ hài lòng của người dân", "%", 95, "đang tổng hợp", null],
  ];

  it("reads the rate done, not done over planned", () => {
    const c = one(rows);
    expect(c.readings.map((r) => [r.value, r.numerator, r.denominator])).toEqual([
      [14.2, null, null],
      [91.2, null, null],
    ]);
    expect(c.problems.some((p) => p.code === "BAD_NUMBER" && p.value === "đang tổng hợp")).toBe(true);
  });
});

describe("a plan's table pasted with the officials' updates, two tasks under a criterion merged down", () => {
  const day = (d: string): GridCell => ({ date: d as IsoDate });
  // Rows 4-13 of a tester's workbook: the header, then the plan's rows, codes merged down over their tasks.
  const rows: GridCell[][] = [
    [
      "TT",
      "Tiêu chí / TCTP",
      "Mục tiêu, yêu cầu",
      "Nhiệm vụ, giải pháp",
      "Chủ trì",
      "Phối hợp",
      "Thời gian hoàn thành",
      "Kết quả thực hiện (cập nhật)",
      "Tình trạng",
      "Người cập nhật",
      "Ngày cập nhật",
    ],
    [
      "1.4",
      "Thực hiện giải ngân kế hoạch đầu tư vốn ngân sách nhà nước",
      "Giải ngân 100% kế hoạch vốn; đến 30/9/2021 đạt 60%, đến 31/01/2022 đạt 100%",
      "Triển khai các nhiệm vụ, giải pháp của Nghị quyết 63/NQ-CP về giải ngân vốn đầu tư công",
      "Chủ tịch UBND xã",
      "PCT UBND, TC-KT, ĐC-XD, Trưởng thôn",
      "Trong năm 2021 và những năm tiếp theo",
      "Đến 10/12 giải ngân đạt 87,9% KH vốn",
      "Đang thực hiện",
      "Nông Văn Khải (TC-KT)",
      day("2021-12-10"),
    ],
    [
      null,
      null,
      null,
      "Phân công cán bộ trực tiếp phụ trách, kiểm tra tiến độ tại thực địa, tháo gỡ vướng mắc từng dự án",
      "Chủ tịch UBND xã",
      "PCT UBND xã",
      "Trong năm 2021",
      "Đã ban hành QĐ phân công ngày 05/10/2021; kiểm tra thực địa 3 công trình",
      "Hoàn thành",
      "VP",
      day("2021-12-06"),
    ],
    [
      "1.6",
      "Tỷ lệ tăng tổng sản phẩm trên địa bàn (GRDP)",
      "Tăng cao hơn so với năm 2020",
      "Đẩy mạnh kiểm soát tốt dịch bệnh Covid-19, không để ảnh hưởng sản xuất kinh doanh",
      null,
      null,
      "Trong năm 2021",
      "Không có ca mắc trong cộng đồng",
      "Hoàn thành",
      "Trạm Y tế",
      day("2021-12-09"),
    ],
    [
      null,
      null,
      null,
      "Nâng cao chất lượng, quảng bá sản phẩm OCOP (chè Shan tuyết, mật ong bạc hà)",
      null,
      null,
      "Trong năm 2021",
      "Chè Shan tuyết đạt OCOP 3 sao tháng 11/2021; mật ong đang hoàn thiện hồ sơ",
      "Đang thực hiện",
      "PCT KT",
      day("2021-12-09"),
    ],
    [
      "1.7",
      "Mức độ thực hiện các chỉ tiêu phát triển KT-XH do HĐND xã giao",
      "Đạt 100% chỉ tiêu",
      "Triển khai các nhiệm vụ, giải pháp theo Nghị quyết số 42/NQ-HĐND ngày 15/01/2021",
      null,
      null,
      "Trong năm 2021",
    ],
    [
      "2.1",
      "Chỉ số hài lòng về tiếp cận dịch vụ",
      "Tăng so với năm 2020",
      "Cải thiện nơi làm việc, bổ sung trang thiết bị tại Bộ phận Tiếp nhận và trả kết quả xã",
      null,
      "BP Một cửa",
      "Trong năm 2021 và các năm tiếp theo",
      "Đã mua bổ sung 10 ghế, 01 máy lấy số thứ tự",
      "Hoàn thành",
      "Hoàng Văn Thào",
      "08/12/2021",
    ],
    [
      "2.2",
      "Chỉ số hài lòng về tổ chức giải quyết TTHC",
      "Nâng cao tỷ lệ hài lòng so với năm 2020",
      "Niêm yết công khai, minh bạch đầy đủ TTHC; cập nhật khi có quyết định công bố của UBND tỉnh",
      null,
      "BP Một cửa",
      "Trong năm 2021 và những năm tiếp theo",
      "Đã niêm yết 128 TTHC",
      "Hoàn thành",
      "Hoàng Văn Thào",
      "08/12/2021",
    ],
    [
      null,
      null,
      null,
      "Rà soát, kiến nghị đơn giản hóa TTHC rườm rà, phức tạp",
      null,
      "BP Một cửa",
      "Trong năm 2021 và những năm tiếp theo",
      "Đang rà soát lĩnh vực chứng thực",
      "Đang thực hiện",
      "Vàng Thị Dung",
      "10/12/2021",
    ],
    [
      "2.3",
      "Chỉ số hài lòng về công chức tại Bộ phận Tiếp nhận và trả kết quả",
      "Giữ vững hoặc nâng cao so với năm 2020",
      "Chấn chỉnh kỷ luật, kỷ cương hành chính; xử lý vi phạm về thái độ giao tiếp, giờ giấc làm việc",
      "CC Văn phòng-Thống kê",
      "BP Một cửa",
      "Trong năm 2021 và những năm tiếp theo",
      "Thường xuyên kiểm tra, chưa phát hiện vi phạm",
      "Đang thực hiện",
      "Đặng Thị Hoa",
      day("2021-12-13"),
    ],
  ];
  const merges = [2, 4, 8].flatMap((top) => [1, 2, 3].map((c) => ({ top, left: c, bottom: top + 1, right: c })));

  it("reads the merged block's second row as a task, not as another table's header", () => {
    const c = one(rows, { merges });
    expect(c.tasks.map((t) => t.source.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(c.tasks.find((t) => t.source.row === 5)?.content).toMatch(/^Nâng cao chất lượng, quảng bá sản phẩm OCOP/);
  });
});

describe("section rows merged across a month grid and painted, as headings are", () => {
  // Rows 1-13 of a tester's workbook: "Tiến độ thực hiện" over T10 | T11 | T12, criteria's rows merged across and painted.
  const rows: GridCell[][] = [
    ["THEO DÕI NHIỆM VỤ TUYÊN TRUYỀN CCHC NĂM 2021 (KH 49/KH-UBND)"],
    ["Công chức Văn hóa - Xã hội: Sơn Thị Chanh Tha"],
    [],
    ["STT", "Nhiệm vụ", "Tiến độ thực hiện", null, null, "Tình trạng", "Hạn chót"],
    [null, null, "T10", "T11", "T12"],
    ["Tiêu chí 1.1 - Nâng cao tỷ lệ hồ sơ TTHC xử lý trực tuyến mức độ 3, 4"],
    [
      1,
      "Phát thanh trên loa truyền thanh xã về các TTHC cung cấp DVC mức độ 3, 4 (tiếng Việt và tiếng Khmer)",
      "4 buổi",
      "4 buổi",
      "2 buổi",
      "Đang TH",
      "31/12/2021",
    ],
    [2, "Đăng tin hướng dẫn nộp hồ sơ trực tuyến trên Trang TTĐT xã và nhóm Zalo các ấp", "x", "x", null, "Xong", "30/11/2021"],
    ["Tiêu chí 2.1 - Chỉ số hài lòng về tiếp cận dịch vụ"],
    [
      3,
      'Cung cấp thông tin về BP TN&TKQ (địa chỉ, giờ làm việc, số điện thoại) trên Fanpage "Xã Vĩnh Hải" và loa phát thanh',
      "Đã đăng 05/10",
      null,
      null,
      "Xong",
      "15/10/2021",
    ],
    [
      4,
      "Đọc thông báo bằng tiếng Khmer tại các ấp đông đồng bào Khmer (Prey Chóp, Tà Lọt, Trà Sết)",
      "x",
      "x",
      null,
      "Đang TH",
      "Thường xuyên",
    ],
    ["Mục III.3 - Tuyên truyền, nêu gương điển hình CCHC"],
    [5, 'Tuyên truyền, nêu gương điển hình, sáng kiến CCHC (mô hình "Một cửa thân thiện")', null, null, null, "Chưa TH", "Quý IV"],
  ];
  const merges = [
    { top: 1, left: 1, bottom: 1, right: 7 },
    { top: 2, left: 1, bottom: 2, right: 7 },
    { top: 4, left: 3, bottom: 4, right: 5 },
    { top: 4, left: 1, bottom: 5, right: 1 },
    { top: 4, left: 2, bottom: 5, right: 2 },
    { top: 4, left: 6, bottom: 5, right: 6 },
    { top: 4, left: 7, bottom: 5, right: 7 },
    { top: 6, left: 1, bottom: 6, right: 7 },
    { top: 9, left: 1, bottom: 9, right: 7 },
    { top: 12, left: 1, bottom: 12, right: 7 },
  ];
  const fills: Record<string, string> = {
    "6:1": "DDEBF7",
    "6:2": "DDEBF7",
    "6:3": "DDEBF7",
    "6:4": "DDEBF7",
    "6:5": "DDEBF7",
    "6:6": "DDEBF7",
    "6:7": "DDEBF7",
    "9:1": "DDEBF7",
    "9:2": "DDEBF7",
    "9:3": "DDEBF7",
    "9:4": "DDEBF7",
    "9:5": "DDEBF7",
    "9:6": "DDEBF7",
    "9:7": "DDEBF7",
    "12:1": "DDEBF7",
    "12:2": "DDEBF7",
    "12:3": "DDEBF7",
    "12:4": "DDEBF7",
    "12:5": "DDEBF7",
    "12:6": "DDEBF7",
    "12:7": "DDEBF7",
  };

  it("gives the tasks under each its criterion, and reads no month as a bar of a heading", () => {
    expect(
      one(rows, { merges, fills })
        .tasks.slice(0, 4)
        .map((t) => t.code),
    ).toEqual(["1.1", "1.1", "2.1", "2.1"]);
  });
});

describe("a village's few lines numbered '1-', '2-'", () => {
  const rows: GridCell[][] = [
    ["Bản Pác Nậm báo cáo:"],
    ["1- Sửa cụm loa truyền thanh bản - xong ngày 1/12"],
    ["2- Vận động bà con không tụ tập đông người phòng dịch Covid - thường xuyên, đang làm"],
    [],
    ["Người báo cáo: Trưởng bản Sùng A Chứ"],
  ];

  it("reads each line as a task", () => {
    expect(one(rows).tasks.map((t) => [t.content.slice(0, 26), t.status])).toEqual([
      ["Sửa cụm loa truyền thanh b", "Hoàn thành"],
      ["Vận động bà con không tụ t", "Đang thực hiện"],
    ]);
  });
});

describe("a section's criterion in brackets closing its name", () => {
  const rows: GridCell[][] = [
    ["STT", "Nội dung", "Chủ trì", "Thời hạn", "Kết quả"],
    ["1. Cải thiện chỉ số hài lòng về tiếp cận dịch vụ (2.1)"],
    [1, "Bố trí ghế chờ, nước uống tại bộ phận một cửa", "BP Một cửa", "30/11/2021", "Xong"],
    ["2. Nâng cao sự hài lòng về kết quả giải quyết TTHC (Chỉ số SIPAS 2.4)"],
    [2, "Trả kết quả đúng hẹn, gọi điện báo trước cho người dân", "BP Một cửa", "31/12/2021", "Đang làm"],
  ];

  it("gives the tasks under it that criterion", () => {
    expect(one(rows).tasks.map((t) => [t.code, t.codeSuggested])).toEqual([
      ["2.1", false],
      ["2.4", false],
    ]);
  });
});

describe("'cuối T11' as a deadline", () => {
  it("is the month's last day in the sheet's year", () => {
    const [t] = one([
      ["Việc cần làm", "Người làm", "Hạn"],
      ["Sửa máy lấy số thứ tự tại bộ phận một cửa", "Anh Tuấn (BP Một cửa)", "cuối T11"],
      ["Cập nhật bảng niêm yết TTHC", "Chị Linh", "20/12/2021"],
    ]).tasks;
    expect(t.due).toBe("2021-11-30");
  });
});

describe("a survey's change column ('+5,8') beside its rates", () => {
  const rows: GridCell[][] = [
    ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG (SIPAS) NĂM 2021"],
    ["Chỉ số thành phần", "Năm 2020 (%)", "Năm 2021", null, null, "So với 2020 (điểm %)"],
    [null, null, "Số phiếu hài lòng", "Tổng số phiếu", "Tỷ lệ (%)"],
    ["Tiếp cận dịch vụ", 84.2, 162, 180, 90, "+5,8"],
    ["Giải quyết TTHC", 80.5, 151, 180, 83.9, "+3,4"],
    ["Công chức giải quyết TTHC", 86, 158, 180, 87.8, "+1,8"],
  ];
  const merges = [{ top: 2, left: 3, bottom: 2, right: 5 }, ...[1, 2, 6].map((c) => ({ top: 2, left: c, bottom: 3, right: c }))];

  it("never takes a change for a criterion's code", () => {
    const codes = one(rows, { merges }).readings.map((r) => r.code);
    expect(codes.some((c) => c === "5.8" || c === "3.4" || c === "1.8")).toBe(false);
  });
});

describe("a vice-chair's own list, a 'Người giúp việc' column beside the tasks", () => {
  const rows: GridCell[][] = [
    ["PHÓ CHỦ TỊCH UBND XÃ (KHỐI KINH TẾ) - THEO DÕI NHIỆM VỤ CCHC NĂM 2021"],
    [],
    ["Mã", "Nhiệm vụ", "Thời hạn", "Tình hình", "Tỷ lệ %", "Người giúp việc"],
    ["1.6", "Kiểm soát dịch Covid-19, bảo đảm ngư dân ra khơi bám biển", "31/12/2021", "Đang thực hiện", null, "Trạm Y tế, Công an xã"],
    ["1.7", "Rà soát các chỉ tiêu chưa đạt, đề xuất giải pháp trong tháng 12", "20/12/2021", "Chưa thực hiện", 0, "VP-TK"],
  ];

  it("leads with the vice-chair the title names; the helpers are partners", () => {
    expect(one(rows).tasks.map((t) => [t.lead, t.partners])).toEqual([
      ["Phó Chủ tịch Ủy ban nhân dân xã", "Trạm Y tế; Trưởng Công an xã"],
      ["Phó Chủ tịch Ủy ban nhân dân xã", "Công chức Văn phòng-Thống kê"],
    ]);
  });
});

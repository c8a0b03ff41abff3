import { IsoDate } from "../../src/core/dates/isoDate";
import { DossierRecord, dossierMeasure, dossierStats, onTimeRate, onlineRate } from "../../src/core/summary/dossiers";

const d = (s: string) => s as IsoDate;

function rec(field: string, from: string, to: string, counts: Partial<DossierRecord> = {}): DossierRecord {
  return {
    field,
    from: d(from),
    to: d(to),
    carriedOver: 0,
    online: 0,
    inPerson: 0,
    early: 0,
    onTime: 0,
    late: 0,
    pendingInTime: 0,
    pendingOverdue: 0,
    returned: 0,
    source: { file: "mot-cua.xlsx", sheet: "Quý", row: 7 },
    ...counts,
  };
}

describe("dossier rates as the one-stop system computes them", () => {
  // Hộ tịch, quý I: 4 carried over, 30 online, 66 in person; 20 early, 70 on time, 5 late; 3 pending in time, 1 overdue; 1 returned.
  const hoTich = rec("Hộ tịch", "2020-12-15", "2021-03-14", {
    carriedOver: 4,
    online: 30,
    inPerson: 66,
    early: 20,
    onTime: 70,
    late: 5,
    pendingInTime: 3,
    pendingOverdue: 1,
    returned: 1,
  });

  it("on time = (early + on time) / resolved: 90/95, not on time / received", () => {
    expect(onTimeRate(hoTich)).toEqual({ value: (90 / 95) * 100, numerator: 90, denominator: 95 });
    expect(onTimeRate(hoTich)!.value).toBeCloseTo(94.7368, 4);
  });

  it("online = online / new receipts (online + in person): 30/96, the carried-over ones left out", () => {
    expect(onlineRate(hoTich)).toEqual({ value: (30 / 96) * 100, numerator: 30, denominator: 96 });
  });

  it("has no rate when nothing was resolved or received", () => {
    expect(onTimeRate(rec("Đất đai", "2021-01-01", "2021-03-31"))).toBeNull();
    expect(onlineRate(rec("Đất đai", "2021-01-01", "2021-03-31"))).toBeNull();
  });

  it("knows which plan item each rate measures, from its wording", () => {
    expect(
      dossierMeasure({ title: "Tỷ lệ hồ sơ TTHC do ủy ban nhân dân cấp xã tiếp nhận trong năm được giải quyết đúng hạn", objective: "" }),
    ).toBe("onTime");
    expect(
      dossierMeasure({ title: "Thực hiện kế hoạch CCHC", objective: "Nâng cao tỷ lệ hồ sơ TTHC được xử lý trực tuyến mức độ 3, 4." }),
    ).toBe("online");
    expect(dossierMeasure({ title: "Chỉ số hài lòng về tổ chức giải quyết TTHC", objective: "" })).toBeNull();
  });
});

describe("dossier statistics over a window", () => {
  const months = [
    rec("Hộ tịch", "2021-06-15", "2021-07-14", {
      carriedOver: 2,
      online: 10,
      inPerson: 20,
      early: 5,
      onTime: 20,
      late: 1,
      pendingInTime: 5,
      pendingOverdue: 0,
      returned: 1,
    }),
    rec("Hộ tịch", "2021-07-15", "2021-08-14", {
      carriedOver: 5,
      online: 12,
      inPerson: 18,
      early: 6,
      onTime: 22,
      late: 0,
      pendingInTime: 6,
      pendingOverdue: 1,
      returned: 0,
    }),
    rec("Hộ tịch", "2021-08-15", "2021-09-14", {
      carriedOver: 7,
      online: 8,
      inPerson: 22,
      early: 4,
      onTime: 25,
      late: 2,
      pendingInTime: 4,
      pendingOverdue: 2,
      returned: 0,
    }),
    rec("Chứng thực", "2021-06-15", "2021-09-14", { online: 0, inPerson: 150, early: 140, onTime: 10, late: 0 }),
  ];
  const q3 = { from: d("2021-06-15"), to: d("2021-09-14") };

  it("adds flows up, takes the stock carried in from the first record and the stock pending from the last", () => {
    const s = dossierStats(months, q3)!;
    expect(s.fields.map((f) => f.field)).toEqual(["Hộ tịch", "Chứng thực"]);
    const hoTich = s.fields[0];
    expect(hoTich).toMatchObject({
      carriedOver: 2,
      online: 30,
      inPerson: 60,
      early: 15,
      onTime: 67,
      late: 3,
      pendingInTime: 4,
      pendingOverdue: 2,
      returned: 1,
    });
    // Total on time: (15 + 67 + 140 + 10) / (85 + 150) = 232/235.
    expect(onTimeRate(s.total)).toMatchObject({ numerator: 232, denominator: 235 });
    // Online: 30 / (30 + 60 + 150).
    expect(onlineRate(s.total)).toMatchObject({ numerator: 30, denominator: 240 });
  });

  it("counts a record in the window its middle day falls in, and never the same days twice (the longer record kept)", () => {
    const quarter = rec("Hộ tịch", "2021-06-15", "2021-09-14", { online: 30, inPerson: 60, early: 15, onTime: 67, late: 3 });
    const s = dossierStats([...months, quarter], q3)!;
    expect(s.fields[0].records).toEqual([quarter]);
    expect(dossierStats(months, { from: d("2021-09-15"), to: d("2021-12-14") })).toBeNull();
    // The first month starts on 15/6 but its middle (30/6) is in quý III: quý II (15/3–14/6) has none.
    expect(dossierStats(months, { from: d("2021-03-15"), to: d("2021-06-14") })).toBeNull();
  });
});

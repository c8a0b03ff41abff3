import { readFileSync } from "fs";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { parsePlanText } from "../../src/core/plan/parser";
import { readPlanJson } from "../../src/core/plan/planJson";
import { projectPath } from "../helpers/shared";

const roundTrip = (v: unknown) => JSON.parse(JSON.stringify(v));

describe("plan.json", () => {
  it("reads back what the parser wrote, a province's plan with its tier included", () => {
    const r = parsePlanText(readFileSync(projectPath("tests", "fixtures", "plans", "tinh-quang-tri-2025.txt"), "utf8"));
    if (!r.ok) throw new Error(r.error);
    expect(readPlanJson(roundTrip(r.plan))).toEqual({ ok: true, plan: roundTrip(r.plan) });
  });

  it("derives the tier of a plan.json written before it was kept", () => {
    const old = roundTrip(BUILTIN_PLAN);
    delete old.identity.level;
    const r = readPlanJson(old);
    expect(r.ok && r.plan.identity.level).toBe("xã");
  });

  it.each([
    [{ unitType: "làng" }, "identity.unitType phải là một trong: tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn, đặc khu."],
    [{ level: "trung ương" }, "identity.level phải là một trong: tỉnh, huyện, xã."],
    [{ firstYear: "2021" }, "identity.firstYear phải là số năm, lastYear là số năm hoặc null."],
    [{ issued: "29/9/2021" }, "identity.issued phải là ngày dạng YYYY-MM-DD hoặc null."],
  ])("names a wrong identity field %p", (change, error) => {
    const plan = roundTrip(BUILTIN_PLAN);
    expect(readPlanJson({ ...plan, identity: { ...plan.identity, ...change } })).toEqual({ ok: false, error });
  });

  it("checks the tasks of a table plan", () => {
    const plan = roundTrip(BUILTIN_PLAN);
    plan.items[0].taskDetails = [{ content: "Ban hành kế hoạch", lead: "VP-TK", partners: [], deadline: { text: "" }, product: "" }];
    expect(readPlanJson(plan)).toEqual({ ok: false, error: "items[0].taskDetails[0].lead/partners phải là danh sách chuỗi." });
  });
});

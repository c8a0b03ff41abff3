/** How each command is called: the help prints them without loading the commands themselves. */

export const CONSOLIDATE_USAGE =
  "cchc consolidate <tệp|thư mục>... -o master.xlsx [--plan kế-hoạch.txt|.docx|.pdf|.xlsx|plan.json] [--plan-date YYYY-MM-DD] [--as-of YYYY-MM-DD] [--year 2021] [--force]";

export const REPORT_USAGE =
  "cchc report master.xlsx --period 2021-Q1|2021-H1|2021-Q3|2021-Y -o bao-cao.docx|bao-cao.xlsx [--section] [--quarter 2021-Q4] [--calendar] " +
  '[--year 2021] [--date YYYY-MM-DD] [--number 12] [--to "Phòng Nội vụ"] [--recipients "Đảng ủy xã; CT, các PCT UBND xã"] ' +
  '[--drafter VP-TK] [--copies 2] [--parent "ỦY BAN NHÂN DÂN TỈNH …"] [--plan kế-hoạch.txt|.docx|.pdf|.xlsx|plan.json] [--plan-date YYYY-MM-DD] [--force]';

export const PLAN_USAGE = "cchc plan <kế-hoạch.txt|.docx|.pdf|.xlsx> -o <plan.json | kế-hoạch.xlsx> [--plan-date YYYY-MM-DD] [--force]";

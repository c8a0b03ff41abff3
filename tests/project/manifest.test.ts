import { execFileSync, spawnSync } from "child_process";
import { existsSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { tempDir } from "../helpers/cli";
import { describeShared, projectPath, sharedPath } from "../helpers/shared";

const manifest = readFileSync(projectPath("manifest.xml"), "utf8");

function schemaCheck(xml: string): { ok: boolean; message: string } {
  const file = join(tempDir(), "manifest.xml");
  writeFileSync(file, xml);
  const r = spawnSync(
    "xmllint",
    ["--noout", "--nonet", "--schema", sharedPath("schemas", "office-addin-manifest", "OfficeAppManifestV1_1.xsd"), file],
    { encoding: "utf8" },
  );
  if (r.error) throw new Error(`xmllint is needed for this test (apt-get install libxml2-utils): ${r.error.message}`);
  return { ok: r.status === 0, message: r.stderr };
}

describeShared("manifest.xml against Microsoft's schema, offline", () => {
  it("validates", () => {
    expect(schemaCheck(manifest)).toEqual({ ok: true, message: expect.stringContaining("validates") });
  });
  it("would be caught with a wrong permission or a missing Id", () => {
    expect(schemaCheck(manifest.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>")).ok).toBe(
      false,
    );
    expect(schemaCheck(manifest.replace(/<Id>[^<]+<\/Id>/, "")).ok).toBe(false);
  });
});

describe("manifest.xml content", () => {
  it("is an Excel task pane with a Home-tab button, ReadWriteDocument and an ExcelApi requirement", () => {
    expect(manifest).toContain('xsi:type="TaskPaneApp"');
    expect(manifest).toContain('<Host Name="Workbook"/>');
    expect(manifest).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(manifest).toMatch(/<OfficeTab id="TabHome">[\s\S]*<Action xsi:type="ShowTaskpane">/);
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.\d+"\/>/);
  });
  it("points at icons of 16, 32 and 80 px that exist in assets/", () => {
    for (const size of [16, 32, 80]) {
      expect(manifest).toContain(`assets/icon-${size}.png`);
      const png = readFileSync(projectPath("assets", `icon-${size}.png`));
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect(png.readUInt32BE(16)).toBe(size);
    }
  });
  it("parses offline with office-addin-manifest", () => {
    const bin = projectPath("node_modules", ".bin", "office-addin-manifest");
    expect(existsSync(bin)).toBe(true);
    const out = execFileSync(bin, ["info", projectPath("manifest.xml")], { encoding: "utf8" });
    expect(out).toContain("Permissions: ReadWriteDocument");
  });
});

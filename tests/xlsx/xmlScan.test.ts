import JSZip from "jszip";
import { readFileSync, readdirSync } from "fs";
import { UnsafeXmlError, XmlHandlers, conformingParse, parseXml } from "../../src/xlsx/xmlSax";
import { projectPath, sharedAvailable, sharedPath } from "../helpers/shared";

// The fast scanner must hand the readers exactly what the conforming parser (saxes) hands them:
// the same elements, attributes and text, in the same order, and refuse what saxes refuses.

const bytes = (xml: string) => new TextEncoder().encode(xml);

/** Events as the readers see them: text joined between tags, white space outside the root left out. */
function events(parse: (b: Uint8Array, h: XmlHandlers) => void, data: Uint8Array): string[] {
  const out: string[] = [];
  let text = "";
  let depth = 0;
  const flush = () => {
    if (text !== "" && !(depth === 0 && text.trim() === "")) out.push(`text ${JSON.stringify(text)}`);
    text = "";
  };
  parse(data, {
    open: (name, attrs) => {
      flush();
      depth++;
      out.push(`open ${name} ${JSON.stringify(Object.entries(attrs))}`);
    },
    close: (name) => {
      flush();
      depth--;
      out.push(`close ${name}`);
    },
    text: (t) => {
      text += t;
    },
  });
  flush();
  return out;
}

const same = (xml: string | Uint8Array) => {
  const data = typeof xml === "string" ? bytes(xml) : xml;
  expect(events(parseXml, data)).toEqual(events(conformingParse, data));
};

describe("the XML scanner reads what the conforming parser reads", () => {
  it("decodes the predefined entities and character references in text and attributes", () => {
    const xml = `<a x="&lt;1&gt; &amp; &quot;q&quot; &apos;s&apos; &#65;&#x42;"><t>A &amp; B &#x1F600; &#7840;</t></a>`;
    same(xml);
    expect(events(parseXml, bytes(xml))).toContain('text "A & B 😀 Ạ"');
  });

  it('reads "\\r\\n" and a lone "\\r" as "\\n" in text, and white space in an attribute as spaces, keeping a referenced "\\r"', () => {
    const xml = `<a v="x\r\ny\tz\rw&#13;"><t>one\r\ntwo\rthree&#13;</t></a>`;
    same(xml);
    expect(events(parseXml, bytes(xml))).toEqual([
      'open a [["v","x y z w\\r"]]',
      "open t []",
      'text "one\\ntwo\\nthree\\r"',
      "close t",
      "close a",
    ]);
  });

  it("reads CDATA as text, skips comments and processing instructions, and gives prefixed names without their prefix", () => {
    same(`<?xml version="1.0"?><!-- c --><x:a xmlns:x="u"><?pi data?><x:t><![CDATA[<b> & ]]></x:t><!-- <c/> --><e r:id='1' /></x:a>`);
    expect(events(parseXml, bytes(`<x:a><x:t><![CDATA[<b>]]></x:t></x:a>`))).toEqual([
      "open a []",
      "open t []",
      'text "<b>"',
      "close t",
      "close a",
    ]);
  });

  it("reads a part longer than its megabyte chunks, tags and a multi-byte letter cut at the chunk's edge", () => {
    // Rows of cells with Vietnamese text, long enough that chunk edges fall inside tags, attributes and letters.
    const rows = Array.from(
      { length: 20000 },
      (_, r) =>
        `<row r="${r + 1}"><c r="A${r + 1}" t="inlineStr"><is><t>Nhiệm vụ ${r} &amp; “hồ sơ”\r\n</t></is></c><c r="B${r + 1}"><v>${r}</v></c></row>`,
    ).join("\n");
    const data = bytes(`<worksheet><sheetData>${rows}</sheetData></worksheet>`);
    expect(data.length).toBeGreaterThan(2 << 20);
    same(data);
  });

  it("reads a text longer than a chunk, a reference, a line end and ']]' cut at the chunks' edges", () => {
    const MB = 1 << 20;
    const fill = (n: number) => "0".repeat(n);
    // "<x>" is 3 characters: each mark below straddles the edge of a one-megabyte chunk.
    const text = `${fill(MB - 3 - 2)}&amp;${fill(MB - 3)}\r\n${fill(MB - 4)}]]${fill(10)}`;
    same(`<x>${text}</x>`);
    expect(events(parseXml, bytes(`<x>${text}</x>`))[1]).toBe(`text ${JSON.stringify(text.replace("&amp;", "&").replace("\r\n", "\n"))}`);
  });

  it("drops a byte-order mark before the declaration", () => {
    same(`\ufeff<?xml version="1.0"?><a>x</a>`);
  });
});

describe("the XML scanner refuses what is not well-formed, in the conforming parser's words", () => {
  const refused = (xml: string) => {
    let mine: unknown = null;
    let theirs: unknown = null;
    try {
      parseXml(bytes(xml), { open: () => undefined });
    } catch (e) {
      mine = e;
    }
    try {
      conformingParse(bytes(xml), { open: () => undefined });
    } catch (e) {
      theirs = e;
    }
    expect(theirs).toBeInstanceOf(Error);
    expect(mine).toBeInstanceOf(Error);
    expect((mine as Error).message).toBe((theirs as Error).message);
    return mine as Error;
  };

  it.each([
    ["a tag closed out of order", "<a><b></a></b>"],
    ["a tag never closed", "<a><b></b>"],
    ["a bare ampersand", "<a>x & y</a>"],
    ["an entity never declared", "<a>&nbsp;</a>"],
    ["two root elements", "<a/><b/>"],
    ["text after the root", "<a/>tail"],
    ["a '<' inside an attribute", '<a v="1<2"/>'],
    ["the same attribute twice", '<a v="1" v="2"/>'],
    ["attributes with no space between them", '<a v="1"w="2"/>'],
    ["a control character", "<a>\u0001</a>"],
    ["no element at all", ""],
  ])("%s", (_what, xml) => {
    const e = refused(xml);
    expect(e).not.toBeInstanceOf(UnsafeXmlError);
  });

  it("refuses a DOCTYPE as unsafe, whatever it declares", () => {
    const e = refused(`<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>`);
    expect(e).toBeInstanceOf(UnsafeXmlError);
  });
});

/** Every XML part of the workbooks in a folder. */
async function partsOf(dir: string): Promise<Array<{ where: string; data: Uint8Array }>> {
  const out: Array<{ where: string; data: Uint8Array }> = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".xlsx"))) {
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(readFileSync(`${dir}/${f}`));
    } catch {
      continue; // not a zip: the hostile tests cover those
    }
    for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels|vml)$/i.test(n)))
      out.push({ where: `${f} › ${name}`, data: await zip.files[name].async("uint8array") });
  }
  return out;
}

describe("the XML scanner on real workbooks", () => {
  const dirs = [projectPath("examples"), ...(sharedAvailable() ? [sharedPath("corpus", "external")] : [])];
  if (!sharedAvailable()) it.skip("../shared/corpus (skipped: ../shared is not beside this clone)", () => undefined);

  it.each(dirs)("gives the conforming parser's events for every part of every workbook in %s", async (dir) => {
    const parts = await partsOf(dir);
    expect(parts.length).toBeGreaterThan(10);
    const differing: string[] = [];
    for (const { where, data } of parts) {
      let mine: string[] | string;
      let theirs: string[] | string;
      try {
        mine = events(parseXml, data);
      } catch (e) {
        mine = `error ${(e as Error).message}`;
      }
      try {
        theirs = events(conformingParse, data);
      } catch (e) {
        theirs = `error ${(e as Error).message}`;
      }
      if (JSON.stringify(mine) !== JSON.stringify(theirs)) differing.push(where);
    }
    expect(differing).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { CsvSyntaxError, parseCsv, parseCsvRecords } from "../../../src/core/package/csv";

describe("parseCsv (RFC 4180)", () => {
  it.each([
    [
      "plain fields",
      "a,b,c\n1,2,3\n",
      [
        ["a", "b", "c"],
        ["1", "2", "3"],
      ],
    ],
    [
      "no final line break",
      "a,b\n1,2",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "CRLF line ends",
      "a,b\r\n1,2\r\n",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "lone CR line ends",
      "a,b\r1,2\r",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "byte order mark",
      "\ufeffa,b\n1,2\n",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "quoted comma",
      'a,b\n"3,147",x\n',
      [
        ["a", "b"],
        ["3,147", "x"],
      ],
    ],
    ["doubled quotes", 'a\n"He said ""n/a"""\n', [["a"], ['He said "n/a"']]],
    [
      "embedded LF",
      'a,b\n"one\ntwo",x\n',
      [
        ["a", "b"],
        ["one\ntwo", "x"],
      ],
    ],
    [
      "embedded CRLF becomes LF",
      'a,b\r\n"one\r\ntwo",x\r\n',
      [
        ["a", "b"],
        ["one\ntwo", "x"],
      ],
    ],
    [
      "empty fields",
      "a,b,c\n,,\n",
      [
        ["a", "b", "c"],
        ["", "", ""],
      ],
    ],
    [
      "trailing comma",
      "a,b\n1,",
      [
        ["a", "b"],
        ["1", ""],
      ],
    ],
    [
      "empty quoted field",
      'a,b\n"",x\n',
      [
        ["a", "b"],
        ["", "x"],
      ],
    ],
    ["blank line is one empty field", "a\n\nb\n", [["a"], [""], ["b"]]],
    ["spaces are kept", " a , b \n", [[" a ", " b "]]],
    [
      "unicode",
      "名前,Heß\n華為,ＨＵＡＷＥＩ\n",
      [
        ["名前", "Heß"],
        ["華為", "ＨＵＡＷＥＩ"],
      ],
    ],
    ["empty text", "", []],
  ])("%s", (_name, text, expected) => {
    expect(parseCsv(text)).toEqual(expected);
  });

  it("gives the physical line each record starts on", () => {
    const records = parseCsvRecords('h1,h2\n"multi\nline\ncell",x\nlast,y\n');
    expect(records.map((record) => record.line)).toEqual([1, 2, 5]);
  });

  it.each([
    ["unclosed quote", 'a,b\n1,2\n"open,3\n4,5\n', 3, 1, /never closed/],
    ["text after closing quote", 'a,b\n"x"y,2\n', 2, 4, /after a closing quote/],
    ["quote inside unquoted field", 'a,b\n1,2"3\n', 2, 4, /quote inside an unquoted field/],
  ])("rejects %s with its line and column", (_name, text, line, column, message) => {
    let caught: unknown;
    try {
      parseCsv(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CsvSyntaxError);
    const error = caught as CsvSyntaxError;
    expect(error.line).toBe(line);
    expect(error.column).toBe(column);
    expect(error.message).toMatch(message);
    expect(error.message).toContain(`line ${line}`);
  });
});

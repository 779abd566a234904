/**
 * The task pane's Excel code (src/taskpane/office) against office-addin-mock: what it writes, how
 * many context.sync() calls it makes, and that it writes nothing when the user cancels or Excel fails.
 */
import { insertBudgetTable } from "../../../src/taskpane/office/budgetTable";
import { insertFormula } from "../../../src/taskpane/office/insertFormula";
import { readSelection } from "../../../src/taskpane/office/selection";
import { installExcel, makeExcel } from "./excel-mock";

const SMART = "스마트공장 구축 및 고도화";

afterEach(() => installExcel(null));

describe("insertBudgetTable", () => {
  test("on an empty selection writes headers, items, formulas, totals and formats with exactly 2 syncs", async () => {
    const excel = makeExcel({ selection: "B2" });
    installExcel(excel);
    const confirm = jest.fn(async () => true);

    const result = await insertBudgetTable({ program: SMART, tier: "고도화1", rows: 3 }, confirm);

    expect(result).toEqual({ status: "written", address: "Sheet1!B2:I6" });
    expect(excel.syncs()).toBe(2);
    expect(confirm).not.toHaveBeenCalled();
    expect(excel.formulaGrid("B2:I6")).toEqual([
      ["항목", "사업명", "지원유형", "총사업비", "정부", "대기업", "중소·중견", "비고"],
      ["항목 1", SMART, "고도화1", 0, '=SF.SHARE(C3,D3,E3,"정부")', '=SF.SHARE(C3,D3,E3,"대기업")', '=SF.SHARE(C3,D3,E3,"중소")', ""],
      ["항목 2", SMART, "고도화1", 0, '=SF.SHARE(C4,D4,E4,"정부")', '=SF.SHARE(C4,D4,E4,"대기업")', '=SF.SHARE(C4,D4,E4,"중소")', ""],
      ["항목 3", SMART, "고도화1", 0, '=SF.SHARE(C5,D5,E5,"정부")', '=SF.SHARE(C5,D5,E5,"대기업")', '=SF.SHARE(C5,D5,E5,"중소")', ""],
      ["합계", "", "", "=SUM(E3:E5)", "=SUM(F3:F5)", "=SUM(G3:G5)", "=SUM(H3:H5)", "단위: 원"],
    ]);
    // money columns (총사업비 … 중소·중견) of items and totals: #,##0; the rest untouched
    for (const addr of ["E3", "F4", "G5", "H6", "E6"]) expect(excel.cell(addr)?.numberFormat).toBe("#,##0");
    for (const addr of ["B3", "C3", "I3", "E2"]) expect(excel.cell(addr)?.numberFormat).toBe("General");
    // header and totals bold
    expect(excel.cell("B2")?.bold).toBe(true);
    expect(excel.cell("I2")?.bold).toBe(true);
    expect(excel.cell("B6")?.bold).toBe(true);
    expect(excel.cell("B3")?.bold).toBe(false);
    // an Excel table over the header and item rows
    expect(excel.tables).toEqual([{ address: "Sheet1!B2:I5", hasHeaders: true, name: "Table1", style: "TableStyleMedium2" }]);
    expect(excel.autofits()).toBe(1);
  });

  test("passes a non-원 unit to every SF.SHARE and formats with decimals for 억원", async () => {
    const excel = makeExcel({ selection: "A1" });
    installExcel(excel);
    await insertBudgetTable({ program: "대중소 상생형", tier: "기초", rows: 1, unit: "억원" }, async () => true);
    expect(excel.cell("E2")?.formula).toBe('=SF.SHARE(B2,C2,D2,"정부","억원")');
    expect(excel.cell("H3")?.formula).toBe("단위: 억원");
    expect(excel.cell("D2")?.numberFormat).toBe("#,##0.00");
  });

  test("on a non-empty target asks, and when cancelled writes nothing after 1 sync", async () => {
    const excel = makeExcel({ selection: "B2", cells: { C4: "keep me", I6: "=A1" } });
    installExcel(excel);
    const before = excel.snapshot();
    const confirm = jest.fn(async () => false);

    const result = await insertBudgetTable({ program: SMART, tier: "기초", rows: 3 }, confirm);

    expect(result).toEqual({ status: "cancelled" });
    expect(confirm).toHaveBeenCalledWith(2);
    expect(excel.syncs()).toBe(1);
    expect(excel.snapshot()).toBe(before);
    expect(excel.cell("C4")?.formula).toBe("keep me");
    expect(excel.tables).toEqual([]);
  });

  test("on a non-empty target overwrites when confirmed, still with 2 syncs", async () => {
    const excel = makeExcel({ selection: "B2", cells: { C4: "old" } });
    installExcel(excel);
    const confirm = jest.fn(async () => true);
    const result = await insertBudgetTable({ program: SMART, tier: "기초", rows: 3 }, confirm);
    expect(confirm).toHaveBeenCalledWith(1);
    expect(result.status).toBe("written");
    expect(excel.syncs()).toBe(2);
    expect(excel.cell("C4")?.formula).toBe(SMART);
  });

  test("cells outside the target do not count", async () => {
    const excel = makeExcel({ selection: "B2", cells: { A1: "x", J2: "y", B9: "z" } });
    installExcel(excel);
    const confirm = jest.fn(async () => true);
    await insertBudgetTable({ program: SMART, tier: "기초", rows: 5 }, confirm);
    expect(confirm).not.toHaveBeenCalled();
    expect(excel.cell("B8")?.formula).toBe("합계"); // B2 + header + 5 items → totals on row 8
  });

  test.each([1, 2])("when sync %i fails, nothing is written and the error is reported", async (failSync) => {
    const excel = makeExcel({ selection: "B2", failSync });
    installExcel(excel);
    const before = excel.snapshot();
    const result = await insertBudgetTable({ program: SMART, tier: "기초", rows: 2 }, async () => true);
    expect(result).toEqual({ status: "error", message: "The request failed (simulated)." });
    expect(excel.syncs()).toBe(failSync);
    expect(excel.snapshot()).toBe(before);
    expect(excel.tables).toEqual([]);
  });

  describe("over an existing Excel table", () => {
    // A budget table inserted at B2 before (3 items: B2:I6, its Excel table B2:I5), inserted again.
    const earlier = () => {
      const old = makeExcel({ selection: "B2" });
      installExcel(old);
      return insertBudgetTable({ program: SMART, tier: "고도화1", rows: 3 }, async () => true).then(() => {
        const cells: Record<string, string | number> = {};
        for (const [i, line] of old.formulaGrid("B2:I6").entries()) {
          line.forEach((v, j) => {
            if (v !== "") cells[`${"BCDEFGHI"[j]}${2 + i}`] = v;
          });
        }
        return { cells, tables: old.tables.map(({ address, name }) => ({ address, name: name! })) };
      });
    };

    test("the earlier insert made one table, named", async () => {
      const { tables } = await earlier();
      expect(tables).toEqual([{ address: "Sheet1!B2:I5", name: "Table1" }]);
    });

    test("asks, naming the table; cancel writes nothing after 1 sync", async () => {
      const { cells, tables } = await earlier();
      const excel = makeExcel({ selection: "B2", cells, tables });
      installExcel(excel);
      const before = excel.snapshot();
      const confirm = jest.fn(async () => false);

      const result = await insertBudgetTable({ program: SMART, tier: "기초", rows: 3 }, confirm);

      expect(result).toEqual({ status: "cancelled" });
      expect(confirm).toHaveBeenCalledTimes(1);
      expect(confirm).toHaveBeenCalledWith(Object.keys(cells).length, { tableNames: ["Table1"] });
      expect(excel.syncs()).toBe(1);
      expect(excel.snapshot()).toBe(before);
    });

    test("confirmed, writes the cells and adds no table, in 2 syncs", async () => {
      const { cells, tables } = await earlier();
      cells.E3 = 300_000_000; // a cost the user typed
      const excel = makeExcel({ selection: "B2", cells, tables });
      installExcel(excel);
      const confirm = jest.fn(async () => true);

      const result = await insertBudgetTable({ program: SMART, tier: "기초", rows: 3 }, confirm);

      expect(result).toEqual({ status: "written", address: "Sheet1!B2:I6", note: "inside-table", tables: ["Table1"] });
      expect(confirm).toHaveBeenCalledWith(Object.keys(cells).length, { tableNames: ["Table1"] });
      expect(excel.syncs()).toBe(2);
      expect(excel.cell("E3")?.formula).toBe(0); // rewritten
      expect(excel.cell("D3")?.formula).toBe("기초");
      expect(excel.cell("F3")?.formula).toBe('=SF.SHARE(C3,D3,E3,"정부")');
      expect(excel.cell("E3")?.numberFormat).toBe("#,##0");
      expect(excel.cell("B6")?.bold).toBe(true);
      expect(excel.tables).toEqual([{ address: "Sheet1!B2:I5", name: "Table1", hasHeaders: true }]); // as it was
    });

    test("a target that only touches a table (empty cells) is asked about too", async () => {
      // An empty table body under B2's target: I6:K9 overlaps the target's last cell.
      const excel = makeExcel({ selection: "B2", tables: [{ address: "Sheet1!I6:K9", name: "예산" }] });
      installExcel(excel);
      const confirm = jest.fn(async () => true);

      const result = await insertBudgetTable({ program: SMART, tier: "기초", rows: 3 }, confirm);

      expect(confirm).toHaveBeenCalledWith(0, { tableNames: ["예산"] });
      expect(result).toEqual({ status: "written", address: "Sheet1!B2:I6", note: "inside-table", tables: ["예산"] });
      expect(excel.cell("B6")?.formula).toBe("합계");
      expect(excel.tables).toEqual([{ address: "Sheet1!I6:K9", name: "예산", hasHeaders: true }]);
    });

    test("a table beside the target does not count", async () => {
      const excel = makeExcel({ selection: "B2", tables: [{ address: "Sheet1!J2:K5", name: "Other" }] });
      installExcel(excel);
      const confirm = jest.fn(async () => true);
      const result = await insertBudgetTable({ program: SMART, tier: "기초", rows: 3 }, confirm);
      expect(confirm).not.toHaveBeenCalled();
      expect(result).toEqual({ status: "written", address: "Sheet1!B2:I6" });
      expect(excel.tables.map((t) => t.address)).toEqual(["Sheet1!J2:K5", "Sheet1!B2:I5"]);
    });

    test("when sync 2 fails, every cell and the table are as they were", async () => {
      const { cells, tables } = await earlier();
      const excel = makeExcel({ selection: "B2", cells, tables, failSync: 2 });
      installExcel(excel);
      const before = excel.snapshot();
      const result = await insertBudgetTable({ program: SMART, tier: "기초", rows: 3 }, async () => true);
      expect(result).toEqual({ status: "error", message: "The request failed (simulated)." });
      expect(excel.syncs()).toBe(2);
      expect(excel.snapshot()).toBe(before);
      expect(excel.formulaGrid("B2:I6")).toEqual(
        Array.from({ length: 5 }, (_, i) => Array.from({ length: 8 }, (_, j) => cells[`${"BCDEFGHI"[j]}${2 + i}`] ?? "")),
      );
    });
  });

  test("the mock, like Excel, refuses a table over another at sync (so the pane must not ask for one)", async () => {
    const excel = makeExcel({ selection: "B2", tables: [{ address: "Sheet1!B2:I5", name: "Table1" }] });
    installExcel(excel);
    const refused = await Excel.run(async (context) => {
      const sheet = context.workbook.getSelectedRange().worksheet;
      sheet.tables.add(sheet.getRangeByIndexes(1, 1, 2, 2), true);
      return context.sync().then(
        () => "added",
        (e: Error) => e.message,
      );
    });
    expect(refused).toBe("A table can't overlap another table.");
    expect(excel.tables).toHaveLength(1);
  });

  test("the mock's getTables: items after load and sync, fullyContained, getCount", async () => {
    const excel = makeExcel({
      selection: "B2",
      tables: [
        { address: "Sheet1!B2:C3", name: "Inside" },
        { address: "Sheet1!D4:F9", name: "Across" },
        { address: "Sheet1!Z1:Z2", name: "Away" },
      ],
    });
    installExcel(excel);
    const got = await Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange().getResizedRange(3, 3); // B2:E5
      const overlapping = range.getTables(false);
      const inside = range.getTables(true);
      overlapping.load("items/name");
      inside.load("items");
      const count = overlapping.getCount();
      let early = "";
      try {
        void count.value;
      } catch (e) {
        early = (e as Error).message;
      }
      await context.sync();
      return { overlapping: overlapping.items.map((t) => t.name), inside: inside.items.map((t) => t.name), count: count.value, early };
    });
    expect(got).toEqual({ overlapping: ["Inside", "Across"], inside: ["Inside"], count: 2, early: expect.stringContaining("before context.sync()") });
  });

  test("refuses a row count out of range without touching Excel", async () => {
    const excel = makeExcel({ selection: "A1" });
    installExcel(excel);
    for (const rows of [0, 201, 2.5]) {
      const result = await insertBudgetTable({ program: SMART, tier: "기초", rows }, async () => true);
      expect(result).toMatchObject({ status: "error", code: "bad-input" });
    }
    expect(excel.syncs()).toBe(0);
  });

  test("reports that Excel is missing outside Office", async () => {
    installExcel(null);
    expect(await insertBudgetTable({ program: SMART, tier: "기초", rows: 1 }, async () => true)).toMatchObject({
      status: "error",
      code: "no-excel",
    });
  });
});

describe("insertFormula", () => {
  test("writes =SF.SUBSIDY into the selected cell with 2 syncs", async () => {
    const excel = makeExcel({ selection: "C5" });
    installExcel(excel);
    const confirm = jest.fn(async () => true);
    const result = await insertFormula({ fn: "SUBSIDY", program: SMART, tier: "고도화1", costCell: "B5" }, confirm);
    expect(result).toEqual({ status: "written", address: "Sheet1!C5" });
    expect(excel.cell("C5")?.formula).toBe('=SF.SUBSIDY("스마트공장 구축 및 고도화","고도화1",B5)');
    expect(excel.syncs()).toBe(2);
    expect(confirm).not.toHaveBeenCalled();
  });

  test("uses the top-left cell of a larger selection", async () => {
    const excel = makeExcel({ selection: "D3", selectionRows: 3, selectionCols: 2 });
    installExcel(excel);
    await insertFormula({ fn: "CAP", program: "K-스마트등대공장", tier: "", unit: "억원" }, async () => true);
    expect(excel.cell("D3")?.formula).toBe('=SF.CAP("K-스마트등대공장","","억원")');
    expect(excel.cell("D4")).toBeUndefined();
  });

  test("SHARE takes the party; SPLIT clears the two cells it spills into", async () => {
    const excel = makeExcel({ selection: "C5", cells: { D5: 1 } });
    installExcel(excel);
    const confirm = jest.fn(async () => true);
    await insertFormula({ fn: "SPLIT", program: "대중소 상생형", tier: "기초", costCell: "B5" }, confirm);
    expect(confirm).toHaveBeenCalledWith(1);
    expect(excel.formulaGrid("C5:E5")).toEqual([['=SF.SPLIT("대중소 상생형","기초",B5)', "", ""]]);
    expect(excel.syncs()).toBe(2);

    const excel2 = makeExcel({ selection: "C5" });
    installExcel(excel2);
    await insertFormula({ fn: "SHARE", program: "대중소 상생형", tier: "기초", costCell: "$B$5", party: "대기업" }, confirm);
    expect(excel2.cell("C5")?.formula).toBe('=SF.SHARE("대중소 상생형","기초",$B$5,"대기업")');
  });

  test("asks before replacing a non-empty cell; cancel writes nothing after 1 sync", async () => {
    const excel = makeExcel({ selection: "C5", cells: { C5: 42 } });
    installExcel(excel);
    const confirm = jest.fn(async () => false);
    const result = await insertFormula({ fn: "SUBSIDY", program: SMART, tier: "기초", costCell: "B5" }, confirm);
    expect(result).toEqual({ status: "cancelled" });
    expect(confirm).toHaveBeenCalledWith(1);
    expect(excel.cell("C5")?.formula).toBe(42);
    expect(excel.syncs()).toBe(1);
  });

  test("refuses a cost cell that is the target cell (a circular reference)", async () => {
    const excel = makeExcel({ selection: "C5" });
    installExcel(excel);
    const result = await insertFormula({ fn: "SUBSIDY", program: SMART, tier: "기초", costCell: "c5" }, async () => true);
    expect(result).toMatchObject({ status: "error", code: "same-cell" });
    expect(excel.cell("C5")).toBeUndefined();
    expect(excel.syncs()).toBe(1);
  });

  test("a bad cost cell is reported before Excel is called", async () => {
    const excel = makeExcel({ selection: "C5" });
    installExcel(excel);
    const result = await insertFormula({ fn: "SUBSIDY", program: SMART, tier: "기초", costCell: "not a cell" }, async () => true);
    expect(result).toMatchObject({ status: "error", code: "bad-input" });
    expect(excel.syncs()).toBe(0);
  });

  test.each([1, 2])("when sync %i fails, nothing is written and the error is reported", async (failSync) => {
    const excel = makeExcel({ selection: "C5", failSync });
    installExcel(excel);
    const result = await insertFormula({ fn: "SUBSIDY", program: SMART, tier: "기초", costCell: "B5" }, async () => true);
    expect(result).toEqual({ status: "error", message: "The request failed (simulated)." });
    expect(excel.cell("C5")).toBeUndefined();
    expect(excel.syncs()).toBe(failSync);
  });
});

describe("readSelection", () => {
  test("reads the selection and its left neighbour in 1 sync", async () => {
    const excel = makeExcel({ selection: "C5", selectionRows: 2 });
    installExcel(excel);
    expect(await readSelection()).toEqual({ ok: true, selection: { address: "Sheet1!C5:C6", cell: "C5", left: "B5" } });
    expect(excel.syncs()).toBe(1);
  });

  test("has no left neighbour in column A (and does not fail the batch)", async () => {
    const excel = makeExcel({ selection: "A7" });
    installExcel(excel);
    expect(await readSelection()).toEqual({ ok: true, selection: { address: "Sheet1!A7", cell: "A7", left: null } });
  });

  test("reports a failure", async () => {
    installExcel(makeExcel({ selection: "A1", failSync: 1 }));
    expect(await readSelection()).toEqual({ ok: false, message: "The request failed (simulated)." });
    installExcel(null);
    expect((await readSelection()).ok).toBe(false);
  });
});

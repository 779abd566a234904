/**
 * The task pane in jsdom (@testing-library/react): catalog search and filter, the program card,
 * the calculator, the language toggle, browser-only mode, the insert section with a fake Excel, and
 * loading another year's catalog file.
 */
import "./setup-dom";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../../src/taskpane/App";
import type { OfficeApi } from "../../../src/taskpane/components/api";
import functionTexts from "../../../src/i18n/functions.json";
import catalog2022 from "../../../src/catalog/2022.json";
import { availableYears, unregisterCatalog } from "../../../src/engine";

const SMART = "스마트공장 구축 및 고도화";
const WINWIN = "대중소 상생형";

function renderApp(props: Partial<Parameters<typeof App>[0]> = {}) {
  return render(<App inExcel={false} initialLang="ko" {...props} />);
}

const searchBox = () => screen.getByRole("searchbox", { name: "사업 검색" });
const items = () => screen.queryAllByTestId("program-item");
const programButton = (name: string) => screen.getByRole("button", { name });
const type = (element: HTMLElement, value: string) => fireEvent.change(element, { target: { value } });

async function openProgram(name: string | RegExp) {
  fireEvent.click(screen.getByRole("button", { name }));
  return screen.findByRole("heading", { level: 2, name });
}

describe("catalog list", () => {
  test("lists every program grouped by category ①–⑥ with a one-line summary", () => {
    renderApp();
    expect(items()).toHaveLength(16);
    const headings = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual([
      "① 단독공장 구축(일반형)",
      "② 단독공장 구축(특화형)",
      "③ 디지털 클러스터 구축",
      "④ 제조데이터 활용지원",
      "⑤ 스마트공장 테스트베드구축",
      "⑥ 수준확인·컨설팅 등 기타",
    ]);
    const smart = programButton(SMART);
    const item = smart.closest("li")!;
    expect(item.getAttribute("data-testid")).toBe("program-item");
    expect(item.textContent).toContain("한도 5,000만원~4억원 · 정부 50% · 6~12개월");
    // the summary describes the button
    const summary = document.getElementById(smart.getAttribute("aria-describedby")!);
    expect(summary?.textContent).toBe("한도 5,000만원~4억원 · 정부 50% · 6~12개월");
  });

  test("searches as you type with 초성: ㅅㅁㅌ finds 스마트공장 구축 및 고도화, ㄷㅈㅅ finds 대중소 상생형", () => {
    renderApp();
    type(searchBox(), "ㅅㅁㅌ");
    expect(programButton(SMART)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "로봇활용 제조혁신지원" })).toBeNull();
    // a hit through an alias shows the alias, so every hit visibly has 스마트 in it
    expect(programButton(WINWIN).closest("li")!.textContent).toContain("‘대중소 상생형 스마트공장’으로 찾음");
    for (const item of items()) expect(item.textContent).toMatch(/스마트/);
    type(searchBox(), "ㄷㅈㅅ");
    expect(items()).toHaveLength(1);
    expect(programButton(WINWIN)).toBeTruthy();
  });

  test("finds programs by alias and by English name; nonsense shows the empty state", () => {
    renderApp();
    type(searchBox(), "스마트공장구축");
    expect(items().map((li) => li.querySelector("button")?.textContent)).toEqual([SMART]);
    type(searchBox(), "lighthouse");
    expect(items()).toHaveLength(1);
    expect(programButton("K-스마트등대공장")).toBeTruthy();
    expect(screen.queryByTestId("empty-state")).toBeNull();

    type(searchBox(), "없는사업xyz");
    expect(items()).toHaveLength(0);
    const empty = screen.getByTestId("empty-state");
    expect(empty.textContent).toContain("맞는 사업이 없습니다");
    fireEvent.click(within(empty).getByRole("button", { name: "검색 지우기" }));
    expect(items()).toHaveLength(16);
  });

  test("filters by category", () => {
    renderApp();
    const filter = screen.getByRole("group", { name: "분류" });
    const first = within(filter).getByRole("button", { name: "①" });
    expect(first.getAttribute("title")).toBe("단독공장 구축(일반형)");
    fireEvent.click(first);
    expect(first.getAttribute("aria-pressed")).toBe("true");
    expect(items()).toHaveLength(2);
    fireEvent.click(within(filter).getByRole("button", { name: "⑥" }));
    expect(items()).toHaveLength(3);
    type(searchBox(), "ㄷㅈㅅ");
    expect(screen.getByTestId("empty-state")).toBeTruthy();
    fireEvent.click(within(filter).getByRole("button", { name: "전체" }));
    expect(items()).toHaveLength(1);
  });
});

describe("program card", () => {
  test("shows tiers with cap, share, period and meaning; back returns to the list", async () => {
    renderApp();
    await openProgram(SMART);
    const tiers = screen.getByTestId("tiers");
    const advanced1 = within(tiers).getByRole("rowheader", { name: "고도화1" }).closest("tr")!;
    expect(advanced1.textContent).toContain("2억원");
    expect(advanced1.textContent).toContain("50%");
    expect(advanced1.textContent).toContain("9개월");
    expect(tiers.textContent).toContain("생산정보 디지털화");
    // seed references and notes
    expect(screen.getByTestId("refs").textContent).toContain("고도화1 2억원 50% 9개월");
    fireEvent.click(screen.getByRole("button", { name: "목록으로" }));
    expect(items()).toHaveLength(16);
    await waitFor(() => expect(document.activeElement?.getAttribute("data-program-id")).toBe("smart-factory"));
  });

  test("contacts are tel: links", async () => {
    renderApp();
    await openProgram(SMART);
    const contacts = screen.getByTestId("contacts");
    expect(within(contacts).getByRole("link", { name: "044-300-0951" }).getAttribute("href")).toBe("tel:044-300-0951");
    expect(within(contacts).getAllByRole("link", { name: "1357" })[0].getAttribute("href")).toBe("tel:1357");
  });
});

describe("calculator", () => {
  async function calculator(program = SMART) {
    renderApp();
    await openProgram(program);
    return {
      tier: screen.getByRole("combobox", { name: "지원유형" }) as HTMLSelectElement,
      cost: screen.getByRole("textbox", { name: "총사업비" }) as HTMLInputElement,
      unit: screen.getByRole("combobox", { name: "단위" }) as HTMLSelectElement,
      amount: (party: "gov" | "large" | "sme") => screen.getByTestId(`amount-${party}`).textContent,
      bound: () => screen.getByTestId("bound").textContent,
    };
  }

  test("고도화1: 300,000,000 → 정부 150,000,000 and company 150,000,000; 500,000,000 hits the cap", async () => {
    const calc = await calculator();
    expect(Array.from(calc.unit.options).map((o) => o.textContent)).toEqual(["원", "천원", "백만원", "억원"]);
    fireEvent.change(calc.tier, { target: { value: "advanced1" } });
    type(calc.cost, "300000000");
    expect(calc.cost.value).toBe("300,000,000");
    expect(calc.amount("gov")).toBe("150,000,000");
    expect(calc.amount("sme")).toBe("150,000,000");
    expect(calc.amount("large")).toBe("0");
    expect(screen.getByTestId("pct-gov").textContent).toBe("50%");
    expect(calc.bound()).toBe("지원비율 적용");
    const chart = screen.getByRole("img");
    expect(chart.tagName.toLowerCase()).toBe("svg");
    expect(chart.getAttribute("aria-label")).toBe("분담 비율: 정부 50%, 대기업 0%, 중소·중견 50%");

    type(calc.cost, "500,000,000");
    expect(calc.amount("gov")).toBe("200,000,000");
    expect(calc.amount("sme")).toBe("300,000,000");
    expect(calc.bound()).toBe("지원한도 적용");
    expect(screen.getByTestId("explanation").textContent).toContain("한도");
  });

  test("unit 억원: 5 → 2", async () => {
    const calc = await calculator();
    fireEvent.change(calc.tier, { target: { value: "advanced1" } });
    fireEvent.change(calc.unit, { target: { value: "억원" } });
    type(calc.cost, "5");
    expect(calc.amount("gov")).toBe("2");
    expect(calc.amount("sme")).toBe("3");
    type(calc.cost, "0.5");
    expect(calc.cost.value).toBe("0.5");
    expect(calc.amount("gov")).toBe("0.25");
  });

  test("대중소 상생형 기초 200,000,000 → 42,000,000 / 78,000,000 / 80,000,000, with the interpretation note", async () => {
    const calc = await calculator(WINWIN);
    type(calc.cost, "200000000");
    expect(calc.amount("gov")).toBe("42,000,000");
    expect(calc.amount("large")).toBe("78,000,000");
    expect(calc.amount("sme")).toBe("80,000,000");
    expect(calc.bound()).toBe("지원한도 적용");
    expect(screen.getByTestId("calculator").textContent).toContain("해석");

    const share = screen.getByRole("textbox", { name: "대기업 부담 비율 (%)" });
    type(share, "45");
    expect(calc.amount("large")).toBe("90,000,000");
    expect(calc.amount("sme")).toBe("68,000,000");
    type(share, "10");
    expect(screen.getByTestId("calc-error").textContent).toContain("30% 이상");
    expect(screen.queryByTestId("amount-gov")).toBeNull();
  });

  test("engine errors are messages, not exceptions (상생형 유형2 over 2,000만원)", async () => {
    const calc = await calculator(WINWIN);
    fireEvent.change(calc.tier, { target: { value: "type2" } });
    type(calc.cost, "30000000");
    expect(screen.getByTestId("calc-error").textContent).toContain("2,000만원 이하");
  });
});

describe("language", () => {
  test("the toggle switches labels; English names keep the official Korean name", async () => {
    renderApp();
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(screen.getByRole("searchbox", { name: "Search programs" })).toBeTruthy();
    expect(screen.getByRole("group", { name: "Category" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "All" })).toBeTruthy();
    const smart = screen.getByRole("button", { name: "Smart factory build-out and upgrade 스마트공장 구축 및 고도화" });
    expect(within(smart.closest("li")!).getByText("스마트공장 구축 및 고도화").getAttribute("lang")).toBe("ko");
    expect(document.documentElement.lang).toBe("en");

    fireEvent.click(smart);
    await screen.findByRole("heading", { level: 2, name: "Smart factory build-out and upgrade" });
    expect(screen.getByRole("button", { name: "Back to list" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "Tier" })).toBeTruthy();
    expect(screen.getByRole("textbox", { name: "Total cost" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "Unit" })).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "한국어" }));
    expect(screen.getByRole("button", { name: "목록으로" })).toBeTruthy();
  });

  test("starts in English when the host language is not Korean", () => {
    renderApp({ initialLang: "en" });
    expect(screen.getByRole("button", { name: "한국어" })).toBeTruthy();
    expect(screen.getByRole("searchbox", { name: "Search programs" })).toBeTruthy();
  });
});

describe("browser-only mode and the insert section", () => {
  test("outside Office the insert buttons are hidden and one line explains why", async () => {
    renderApp({ inExcel: false });
    expect(screen.getByTestId("browser-only").textContent).toContain("Excel");
    await openProgram(SMART);
    expect(screen.queryByRole("button", { name: "수식 삽입" })).toBeNull();
    expect(screen.queryByRole("button", { name: "예산표 삽입" })).toBeNull();
    expect(screen.getByRole("textbox", { name: "총사업비" })).toBeTruthy();
  });

  function fakeApi(overrides: Partial<OfficeApi> = {}): jest.Mocked<OfficeApi> {
    return {
      readSelection: jest.fn(async () => ({ ok: true as const, selection: { address: "Sheet1!C5", cell: "C5", left: "B5" } })),
      insertFormula: jest.fn(async () => ({ status: "written" as const, address: "Sheet1!C5" })),
      insertBudgetTable: jest.fn(async () => ({ status: "written" as const, address: "Sheet1!C5:J11" })),
      ...overrides,
    } as jest.Mocked<OfficeApi>;
  }

  test("inside Excel: the cost cell defaults to the selection's left neighbour; insert formula reports the address", async () => {
    const api = fakeApi();
    renderApp({ inExcel: true, api });
    expect(screen.queryByTestId("browser-only")).toBeNull();
    await openProgram(SMART);
    const costCell = screen.getByRole("textbox", { name: "총사업비 셀" }) as HTMLInputElement;
    await waitFor(() => expect(costCell.value).toBe("B5"));
    expect(api.readSelection).toHaveBeenCalledTimes(1);
    fireEvent.change(screen.getByRole("combobox", { name: "지원유형" }), { target: { value: "advanced1" } });
    expect(screen.getByTestId("formula-preview").textContent).toBe('=SF.SUBSIDY("스마트공장 구축 및 고도화","고도화1",B5)');

    fireEvent.click(screen.getByRole("button", { name: "수식 삽입" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("Sheet1!C5에 수식을 넣었습니다."));
    expect(api.insertFormula).toHaveBeenCalledWith(
      expect.objectContaining({ fn: "SUBSIDY", program: SMART, tier: "고도화1", costCell: "B5", unit: "원" }),
      expect.any(Function),
    );

    // The chosen function is described with the function metadata's own text (src/i18n/functions.json)
    expect(screen.getByText(functionTexts.SUBSIDY.ko.description)).toBeTruthy();

    // SHARE needs a party; a typed cost cell is used as typed
    fireEvent.change(screen.getByRole("combobox", { name: "삽입할 함수" }), { target: { value: "SHARE" } });
    expect(screen.getByText(functionTexts.SHARE.ko.description)).toBeTruthy();
    fireEvent.change(screen.getByRole("combobox", { name: "주체" }), { target: { value: "대기업" } });
    type(costCell, "d7");
    expect(screen.getByTestId("formula-preview").textContent).toBe('=SF.SHARE("스마트공장 구축 및 고도화","고도화1",D7,"대기업")');
    type(costCell, "nope");
    expect(screen.getByRole("button", { name: "수식 삽입" }).hasAttribute("disabled")).toBe(true);

    // "Use selection" reads the selection again
    api.readSelection.mockResolvedValueOnce({ ok: true, selection: { address: "Sheet1!F9", cell: "F9", left: "E9" } });
    fireEvent.click(screen.getByRole("button", { name: "선택 영역에서 가져오기" }));
    await waitFor(() => expect(costCell.value).toBe("E9"));
  });

  test("a non-empty target asks 덮어쓸까요?; Cancel writes nothing, Overwrite goes ahead", async () => {
    let answer: Promise<boolean> | undefined;
    const api = fakeApi({
      insertBudgetTable: jest.fn(async (_spec, confirm) => {
        answer = confirm(3);
        return (await answer) ? { status: "written" as const, address: "Sheet1!C5:J11" } : { status: "cancelled" as const };
      }),
    });
    renderApp({ inExcel: true, api });
    await openProgram(SMART);
    const rows = screen.getByRole("spinbutton", { name: "행 수" }) as HTMLInputElement;
    expect(rows.value).toBe("5");
    type(rows, "7");

    fireEvent.click(screen.getByRole("button", { name: "예산표 삽입" }));
    const dialog = await screen.findByRole("alertdialog", { name: "덮어쓸까요?" });
    expect(dialog.textContent).toContain("3개");
    await act(async () => {
      fireEvent.click(within(dialog).getByRole("button", { name: "취소" }));
    });
    await expect(answer).resolves.toBe(false);
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("취소했습니다. 아무것도 쓰지 않았습니다."));
    expect(api.insertBudgetTable).toHaveBeenCalledWith({ program: SMART, tier: "기초", rows: 7, unit: "원", year: 2022 }, expect.any(Function));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());

    fireEvent.click(screen.getByRole("button", { name: "예산표 삽입" }));
    const again = await screen.findByRole("alertdialog", { name: "덮어쓸까요?" });
    await act(async () => {
      fireEvent.click(within(again).getByRole("button", { name: "덮어쓰기" }));
    });
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("Sheet1!C5:J11에 예산표를 넣었습니다."));

    type(rows, "0");
    expect(screen.getByRole("button", { name: "예산표 삽입" }).hasAttribute("disabled")).toBe(true);
  });

  test("a target inside an existing Excel table: the question names the table; the status says no new table was made", async () => {
    let answer: Promise<boolean> | undefined;
    const api = fakeApi({
      insertBudgetTable: jest.fn(async (_spec, confirm) => {
        answer = confirm(0, { tableNames: ["Table1"] });
        return (await answer)
          ? { status: "written" as const, address: "Sheet1!B3:I9", note: "inside-table" as const, tables: ["Table1"] }
          : { status: "cancelled" as const };
      }),
    });
    renderApp({ inExcel: true, api });
    await openProgram(SMART);
    fireEvent.click(screen.getByRole("button", { name: "예산표 삽입" }));
    const dialog = await screen.findByRole("alertdialog", { name: "덮어쓸까요?" });
    // No non-empty cells: only the table is mentioned.
    expect(dialog.textContent).toContain("기존 Excel 표(Table1)에 걸쳐 있습니다. 새 표는 만들지 않고");
    expect(dialog.textContent).not.toContain("비어 있지 않은 셀");
    await act(async () => {
      fireEvent.click(within(dialog).getByRole("button", { name: "덮어쓰기" }));
    });
    await expect(answer).resolves.toBe(true);
    await waitFor(() =>
      expect(screen.getByRole("status").textContent).toBe("Sheet1!B3:I9에 예산표를 넣었습니다. 기존 Excel 표(Table1)에 걸쳐 있어 새 표는 만들지 않고 셀만 썼습니다."),
    );
  });

  test("non-empty cells inside an existing table: the question gives both", async () => {
    const api = fakeApi({
      insertBudgetTable: jest.fn(async (_spec, confirm) => ((await confirm(4, { tableNames: ["예산표", "Table2"] })) ? { status: "written" as const, address: "Sheet1!B3:I9" } : { status: "cancelled" as const })),
    });
    renderApp({ inExcel: true, api });
    await openProgram(SMART);
    fireEvent.click(screen.getByRole("button", { name: "예산표 삽입" }));
    const dialog = await screen.findByRole("alertdialog", { name: "덮어쓸까요?" });
    expect(dialog.textContent).toContain("비어 있지 않은 셀이 4개");
    expect(dialog.textContent).toContain("기존 Excel 표(예산표, Table2)");
    await act(async () => {
      fireEvent.click(within(dialog).getByRole("button", { name: "취소" }));
    });
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("취소했습니다. 아무것도 쓰지 않았습니다."));
  });

  test("errors from Excel show in the status line", async () => {
    const api = fakeApi({ insertFormula: jest.fn(async () => ({ status: "error" as const, message: "The request failed." })) });
    renderApp({ inExcel: true, api });
    await openProgram(SMART);
    await waitFor(() => expect((screen.getByRole("textbox", { name: "총사업비 셀" }) as HTMLInputElement).value).toBe("B5"));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "수식 삽입" }));
    });
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("넣지 못했습니다: The request failed."));
  });
});

describe("another year's catalog file", () => {
  // jsdom's File has no text() (browsers do)
  beforeAll(() => {
    File.prototype.text ??= function (this: File) {
      return new Promise<string>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.onerror = () => reject(reader.error);
        reader.readAsText(this);
      });
    };
  });
  afterEach(() => {
    unregisterCatalog(2031);
    delete (globalThis as { Office?: unknown }).Office;
  });

  /** The shipped 2022 catalog as the year 2031, with 고도화1's cap lowered from 2억 to 1.5억. */
  function catalog2031(): string {
    const c = JSON.parse(JSON.stringify(catalog2022));
    c.year = 2031;
    const smart = c.programs.find((p: { id: string }) => p.id === "smart-factory");
    smart.tiers.find((t: { id: string }) => t.id === "advanced1").capWon = 150_000_000;
    return JSON.stringify(c);
  }

  const chooseFile = (text: string) =>
    fireEvent.change(screen.getByLabelText("카탈로그 파일 (JSON)"), { target: { files: [new File([text], "catalog.json", { type: "application/json" })] } });
  const yearSelect = () => screen.queryByRole("combobox", { name: "연도" }) as HTMLSelectElement | null;

  test("a valid file: the status says so, a year selector appears, and 2031 shows its own cap in the card and calculator", async () => {
    renderApp();
    const button = screen.getByRole("button", { name: "연도 카탈로그 불러오기" });
    const input = screen.getByLabelText("카탈로그 파일 (JSON)") as HTMLInputElement;
    expect(input.type).toBe("file");
    expect(input.accept).toBe(".json,application/json");
    const clicked = jest.fn();
    input.addEventListener("click", clicked);
    fireEvent.click(button);
    expect(clicked).toHaveBeenCalledTimes(1); // the button opens the file picker
    expect(yearSelect()).toBeNull();

    chooseFile(catalog2031());
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("2031년 카탈로그를 불러왔습니다 (사업 16개)."));
    const select = yearSelect()!;
    expect(Array.from(select.options).map((o) => o.textContent)).toEqual(["2022년", "2031년"]);
    expect(select.value).toBe("2022");
    // still 2022 until the user picks 2031
    expect(programButton(SMART).closest("li")!.textContent).toContain("한도 5,000만원~4억원");

    fireEvent.change(select, { target: { value: "2031" } });
    await openProgram(SMART);
    expect(screen.getByTestId("tiers").textContent).toContain("1억 5,000만원");
    fireEvent.change(screen.getByRole("combobox", { name: "지원유형" }), { target: { value: "advanced1" } });
    type(screen.getByRole("textbox", { name: "총사업비" }), "500000000");
    expect(screen.getByTestId("amount-gov").textContent).toBe("150,000,000");
    expect(screen.getByTestId("amount-sme").textContent).toBe("350,000,000");

    // back in 2022 the shipped cap holds
    fireEvent.click(screen.getByRole("button", { name: "목록으로" }));
    fireEvent.change(yearSelect()!, { target: { value: "2022" } });
    await openProgram(SMART);
    fireEvent.change(screen.getByRole("combobox", { name: "지원유형" }), { target: { value: "advanced1" } });
    type(screen.getByRole("textbox", { name: "총사업비" }), "500000000");
    expect(screen.getByTestId("amount-gov").textContent).toBe("200,000,000");
  });

  test("an invalid file: an alert lists the first errors (with their JSON paths); the years stay as they were", async () => {
    renderApp();
    const bad = JSON.parse(catalog2031());
    for (const t of bad.programs[0].tiers) t.capWon = -5;
    for (const t of bad.programs[1].tiers) t.capWon = -5;
    chooseFile(JSON.stringify(bad));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("카탈로그를 불러오지 못했습니다. 사용 중인 카탈로그는 그대로입니다.");
    const errors = within(alert).getAllByRole("listitem").map((li) => li.textContent);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.length).toBeLessThanOrEqual(5);
    expect(errors[0]).toMatch(/^\/programs\/0\/tiers\/0\/capWon/);
    expect(yearSelect()).toBeNull();
    expect(availableYears()).toEqual([2022]);
    expect(screen.getByRole("status").textContent).toBe("");

    chooseFile("{ not json");
    await waitFor(() => expect(within(screen.getByRole("alert")).getAllByRole("listitem")[0].textContent).toMatch(/not JSON/));
    expect(availableYears()).toEqual([2022]);
  });

  test("inside Excel: the file is kept with the workbook and formulas for 2031 carry the year", async () => {
    const store: Record<string, unknown> = {};
    const saved: Record<string, unknown>[] = [];
    (globalThis as { Office?: unknown }).Office = {
      context: {
        document: {
          settings: {
            get: (name: string) => store[name] ?? null,
            set: (name: string, value: unknown) => void (store[name] = value),
            saveAsync: (callback: (r: { status: string }) => void) => {
              saved.push(JSON.parse(JSON.stringify(store)));
              setTimeout(() => callback({ status: "succeeded" }), 0);
            },
          },
        },
      },
    };
    const api = {
      readSelection: jest.fn(async () => ({ ok: true as const, selection: { address: "Sheet1!C5", cell: "C5", left: "B5" } })),
      insertFormula: jest.fn(async () => ({ status: "written" as const, address: "Sheet1!C5" })),
      insertBudgetTable: jest.fn(async () => ({ status: "written" as const, address: "Sheet1!C5:J11" })),
    } as unknown as jest.Mocked<OfficeApi>;
    renderApp({ inExcel: true, api });
    const text = catalog2031();
    chooseFile(text);
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("2031년 카탈로그를 불러왔습니다 (사업 16개)."));
    expect(saved).toEqual([{ "sf.catalogs": { "2031": text } }]);

    fireEvent.change(yearSelect()!, { target: { value: "2031" } });
    await openProgram(SMART);
    await waitFor(() => expect((screen.getByRole("textbox", { name: "총사업비 셀" }) as HTMLInputElement).value).toBe("B5"));
    fireEvent.change(screen.getByRole("combobox", { name: "지원유형" }), { target: { value: "advanced1" } });
    expect(screen.getByTestId("formula-preview").textContent).toBe('=SF.SUBSIDY("스마트공장 구축 및 고도화","고도화1",B5,,2031)');
    fireEvent.click(screen.getByRole("button", { name: "수식 삽입" }));
    await waitFor(() => expect(api.insertFormula).toHaveBeenCalledWith(expect.objectContaining({ fn: "SUBSIDY", tier: "고도화1", year: 2031 }), expect.any(Function)));
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("Sheet1!C5에 수식을 넣었습니다."));
    fireEvent.click(screen.getByRole("button", { name: "예산표 삽입" }));
    await waitFor(() =>
      expect(api.insertBudgetTable).toHaveBeenCalledWith({ program: SMART, tier: "고도화1", rows: 5, unit: "원", year: 2031 }, expect.any(Function)),
    );
  });

  test("catalogs restored from the workbook at start-up show in the status line and the year list", async () => {
    const { loadCatalogText } = await import("../../../src/engine/load");
    const restoring = Promise.resolve().then(() => {
      loadCatalogText(catalog2031());
      return { years: [2031], errors: [] };
    });
    renderApp({ inExcel: true, restoring });
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("통합 문서에 저장된 카탈로그를 불러왔습니다: 2031년."));
    expect(Array.from(yearSelect()!.options).map((o) => o.value)).toEqual(["2022", "2031"]);
  });
});

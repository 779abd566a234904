/** Start-up: inside Excel, without office.js, and with office.js outside Office. */
import { detectHost } from "../../../src/taskpane/office/host";

type OfficeLike = { onReady?: (cb: (info: { host: unknown }) => void) => unknown; context?: { displayLanguage?: string }; HostType?: { Excel: string } };
const setOffice = (office: OfficeLike | undefined) => {
  (globalThis as unknown as { Office?: OfficeLike }).Office = office;
};
const setNavigatorLanguage = (language: string) => {
  Object.defineProperty(globalThis, "navigator", { value: { language }, configurable: true });
};

beforeEach(() => {
  jest.useFakeTimers();
  setNavigatorLanguage("en-US");
});
afterEach(() => {
  jest.useRealTimers();
  setOffice(undefined);
});

test("no office.js: browser-only mode at once, language from the browser", () => {
  setOffice(undefined);
  setNavigatorLanguage("ko-KR");
  const onHost = jest.fn();
  detectHost(onHost);
  expect(onHost).toHaveBeenCalledTimes(1);
  expect(onHost).toHaveBeenCalledWith({ inExcel: false, lang: "ko" });
});

test("inside Excel: after onReady, language from Office's display language", () => {
  let ready: ((info: { host: unknown }) => void) | undefined;
  setOffice({ onReady: (cb) => (ready = cb), context: { displayLanguage: "ko-KR" }, HostType: { Excel: "Excel" } });
  const onHost = jest.fn();
  detectHost(onHost);
  expect(onHost).not.toHaveBeenCalled();
  ready!({ host: "Excel" });
  expect(onHost).toHaveBeenCalledWith({ inExcel: true, lang: "ko" });
  jest.advanceTimersByTime(5000);
  expect(onHost).toHaveBeenCalledTimes(1);
});

test("inside Excel in English", () => {
  setNavigatorLanguage("ko-KR");
  setOffice({ onReady: (cb) => cb({ host: "Excel" }), context: { displayLanguage: "en-US" } });
  const onHost = jest.fn();
  detectHost(onHost);
  expect(onHost).toHaveBeenCalledWith({ inExcel: true, lang: "en" });
});

test("office.js outside Office (no host): browser-only mode", () => {
  setOffice({ onReady: (cb) => cb({ host: null }) });
  const onHost = jest.fn();
  detectHost(onHost);
  expect(onHost).toHaveBeenCalledWith({ inExcel: false, lang: "en" });
  jest.advanceTimersByTime(5000);
  expect(onHost).toHaveBeenCalledTimes(1);
});

test("a silent Office does not hold up the render; Excel arriving late still switches to Excel mode", () => {
  let ready: ((info: { host: unknown }) => void) | undefined;
  setOffice({ onReady: (cb) => (ready = cb), context: { displayLanguage: "en-US" } });
  const onHost = jest.fn();
  detectHost(onHost, 1000);
  jest.advanceTimersByTime(1000);
  expect(onHost).toHaveBeenLastCalledWith({ inExcel: false, lang: "en" });
  ready!({ host: "Excel" });
  expect(onHost).toHaveBeenLastCalledWith({ inExcel: true, lang: "en" });
  expect(onHost).toHaveBeenCalledTimes(2);
});

test("onReady throwing or rejecting falls back to browser-only mode", async () => {
  setOffice({
    onReady: () => {
      throw new Error("boom");
    },
  });
  const onHost = jest.fn();
  detectHost(onHost);
  expect(onHost).toHaveBeenCalledWith({ inExcel: false, lang: "en" });

  setOffice({ onReady: () => Promise.reject(new Error("no")) });
  const onHost2 = jest.fn();
  detectHost(onHost2);
  await Promise.resolve();
  await Promise.resolve();
  expect(onHost2).toHaveBeenCalledWith({ inExcel: false, lang: "en" });
});

import { parseAmount, parseFinanceText } from ".";

describe("parseFinanceText", () => {
  it.each([
    ["£1,234", "1234"],
    ["1,234.50", "1234.5"],
    ["(1,234)", "-1234"],
    ["-1234", "-1234"],
    ["-£1,234", "-1234"],
    ["£-1,234", "-1234"],
    [" £ 250,000 ", "250000"],
    ["GBP 1,000", "1000"],
    ["(£12.75)", "-12.75"],
  ])("reads %s as %s", (text, expected) => {
    expect(parseFinanceText(text)?.toFixed()).toBe(expected);
  });

  it.each(["", "abc", "1,23", "12,34,567", "£", "--5", "(-5)", "1.2.3", "1e5", "N/A", "5 apples"])(
    "refuses %p",
    (text) => expect(parseFinanceText(text)).toBeNull(),
  );
});

describe("parseAmount", () => {
  it("takes numbers as they are and marks text", () => {
    expect(parseAmount(0.1)).toMatchObject({ ok: true, fromText: false });
    expect(parseAmount("£5")).toMatchObject({ ok: true, fromText: true });
    expect(parseAmount(Number.NaN)).toEqual({ ok: false });
    expect(parseAmount(true)).toEqual({ ok: false });
  });
});

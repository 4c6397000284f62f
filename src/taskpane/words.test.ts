import { countIssues, doneMessage, RUN_STEP_WORDS } from "./words";

test("the done message gives seconds to one decimal and the round trips", () => {
  expect(doneMessage({ millis: 412, syncs: 3 })).toBe("Done in 0.4 s (3 round trips to Excel)");
  expect(doneMessage({ millis: 1250, syncs: 1 })).toBe("Done in 1.3 s (1 round trip to Excel)");
});

test("issue counts in words", () => {
  expect(countIssues(2, 1)).toBe("2 errors and 1 warning");
  expect(countIssues(1, 0)).toBe("1 error");
  expect(countIssues(0, 3)).toBe("3 warnings");
  expect(countIssues(0, 0)).toBe("no problems");
});

test("every run step has words", () => {
  expect(Object.values(RUN_STEP_WORDS)).toEqual([
    "Reading the input tables",
    "Appraising",
    "Writing the results",
    "Checking the figures",
    "Finishing",
  ]);
});

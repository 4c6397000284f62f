import { referenceInputTables, type CellValue, type InputTemplate } from "../../src/workbook";

/** The reference layout with `options` options and `lines` saving lines, figures varied but deterministic. */
export function generatedTemplate(options: number, lines: number): InputTemplate {
  const reference = referenceInputTables();
  const names = Array.from({ length: options }, (_, i) => `Option ${i + 1}`);
  const criteria = reference.tables.find((t) => t.name === "Criteria");
  const criteriaCount = criteria?.rows.length ?? 0;
  const scores = ["Yes", "Yes", "Medium", "High", "Yes"];
  const optionsTop = reference.tables.find((t) => t.name === "Options")?.headerRow ?? 0;
  return {
    titles: reference.titles,
    tables: reference.tables.map((table) => {
      if (table.name === "Options") {
        const rows: CellValue[][] = names.map((name, i) => [name, 0.5 + (i % 10) / 20, ...Array.from({ length: criteriaCount }, (_, c) => (c === 0 && i % 7 === 3 ? "No" : scores[c] ?? "Yes"))]);
        return { ...table, rows, numberFormats: rows.map((row) => row.map((_, c) => (c === 1 ? "0%" : "General"))) };
      }
      if (table.name === "SavingOpportunities") {
        const rows: CellValue[][] = Array.from({ length: lines }, (_, l) => [
          `Saving line ${l + 1}`, ["Low", "Medium", "High"][l % 3] ?? "Low",
          ...names.map((_, o) => ((l * 7919 + o * 104729) % 13 === 0 ? null : ((l * 31 + o * 17) % 97) * 100 + 0.5 * (o % 2))),
          null,
        ]);
        return { ...table, headers: ["Saving opportunity", "Risk", ...names, "Notes"], rows, numberFormats: rows.map((row) => row.map(() => "General")) };
      }
      // The Criteria table sits under the (now longer) Options table.
      if (table.name === "Criteria") return { ...table, headerRow: optionsTop + options + 3 };
      return table;
    }),
  };
}

import { Decimal } from "../core";

/**
 * JSON with every Decimal written as a JSON number holding all of its digits (JSON.stringify would round
 * it through a double). Plain values are serialized as JSON.stringify does.
 */
export function exactJson(value: unknown, indent = 2, depth = 0): string {
  if (Decimal.isDecimal(value)) return (value as Decimal).toFixed();
  const pad = " ".repeat(indent * (depth + 1));
  const close = " ".repeat(indent * depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((item) => pad + exactJson(item, indent, depth + 1)).join(",\n")}\n${close}]`;
  }
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return "{}";
    return `{\n${entries.map(([key, item]) => `${pad}${JSON.stringify(key)}: ${exactJson(item, indent, depth + 1)}`).join(",\n")}\n${close}}`;
  }
  return JSON.stringify(value) ?? "null";
}

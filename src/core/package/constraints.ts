// Table Schema constraints on one typed, non-missing value (https://specs.frictionlessdata.io/table-schema/#constraints):
// minimum, maximum, minLength, maxLength, enum, pattern. The validator (./schema.ts) adds where the value is.

import { castValue } from "./cast";
import type { FieldDescriptor } from "./descriptor";
import type { CellValue } from "../types";

/** The constraint a value breaks (a subset of the validator's rules). */
export type ConstraintRule = "minimum" | "maximum" | "minLength" | "maxLength" | "enum" | "pattern";

function compareBound(field: FieldDescriptor, value: CellValue, bound: number | string): number | null {
  let typedBound: CellValue = bound;
  if (typeof bound === "string" && field.type !== "string" && field.type !== "date") {
    const cast = castValue(field, bound);
    if (!cast.ok) return null;
    typedBound = cast.value;
  }
  if (typeof value === "number" && typeof typedBound === "number") return value - typedBound;
  if (typeof value === "string" && typeof typedBound === "string") return value < typedBound ? -1 : value > typedBound ? 1 : 0;
  return null;
}

function enumContains(field: FieldDescriptor, options: readonly unknown[], value: CellValue): boolean {
  return options.some((option) => {
    if (option === value) return true;
    if (typeof option === "string" && field.type !== "string") {
      const cast = castValue(field, option);
      return cast.ok && cast.value === value;
    }
    return false;
  });
}

/** Checks one typed, non-missing value against its field's constraints. */
export function constraintErrors(field: FieldDescriptor, text: string, value: CellValue): { rule: ConstraintRule; message: string }[] {
  const errors: { rule: ConstraintRule; message: string }[] = [];
  const { constraints } = field;
  if (constraints.minimum !== null) {
    const comparison = compareBound(field, value, constraints.minimum);
    if (comparison !== null && comparison < 0) errors.push({ rule: "minimum", message: `${text} is below the minimum ${constraints.minimum}` });
  }
  if (constraints.maximum !== null) {
    const comparison = compareBound(field, value, constraints.maximum);
    if (comparison !== null && comparison > 0) errors.push({ rule: "maximum", message: `${text} is above the maximum ${constraints.maximum}` });
  }
  const length = [...text].length;
  if (constraints.minLength !== null && length < constraints.minLength) {
    errors.push({ rule: "minLength", message: `"${text}" is shorter than ${constraints.minLength} characters` });
  }
  if (constraints.maxLength !== null && length > constraints.maxLength) {
    errors.push({ rule: "maxLength", message: `"${text}" is longer than ${constraints.maxLength} characters` });
  }
  if (constraints.enum !== null && !enumContains(field, constraints.enum, value)) {
    errors.push({ rule: "enum", message: `"${text}" is not one of ${constraints.enum.map((option) => JSON.stringify(option)).join(", ")}` });
  }
  // Table Schema patterns are XML Schema regular expressions: implicitly anchored, applied to the text.
  if (constraints.pattern !== null && !new RegExp(`^(?:${constraints.pattern})$`, "u").test(text)) {
    errors.push({ rule: "pattern", message: `"${text}" does not match the pattern ${constraints.pattern}` });
  }
  return errors;
}

// What the descriptor readers (./descriptor.ts, ./dialect.ts) share: the error naming where a descriptor breaks the
// spec, and the object test. A module of its own so that neither reader imports the other.

/** A descriptor that does not follow the spec: where (JSON path-like) and what. */
export class DescriptorError extends Error {
  readonly where: string;
  constructor(where: string, message: string) {
    super(`${where}: ${message}`);
    this.name = "DescriptorError";
    this.where = where;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

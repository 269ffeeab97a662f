/**
 * Reading and writing a value of a declaration by its JSON path
 * (`family.father.fullName`), the `id` of a schema field. Only own properties
 * are followed, so a path can never reach `__proto__` or inherited members;
 * writing returns a new object and leaves the input untouched (drafts are
 * plain JSON, see declaration/types.ts).
 */

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The value at `path`, or undefined when any step is missing or not an object. */
export function readPath(root: unknown, path: string): unknown {
  if (path === '') return root;
  let current: unknown = root;
  for (const key of path.split('.')) {
    if (!isRecord(current) || !Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = current[key];
  }
  return current;
}

/** A copy of `root` with `value` at `path`, creating objects on the way (null or non-objects are replaced). */
export function writePath<T>(root: T, path: string, value: unknown): T {
  const keys = path.split('.');
  const write = (node: unknown, index: number): unknown => {
    const key = keys[index];
    if (key === undefined) return value;
    const base: Record<string, unknown> = isRecord(node) ? { ...node } : {};
    Object.defineProperty(base, key, {
      value: write(isRecord(node) && Object.prototype.hasOwnProperty.call(node, key) ? node[key] : undefined, index + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return base;
  };
  return write(root, 0) as T;
}

/** Whether a value counts as filled in: not undefined, null, an empty string, or an object without filled values. */
export function isFilled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(isFilled);
  if (isRecord(value)) return Object.values(value).some(isFilled);
  return true;
}

/**
 * The shape of a declaration against its published JSON Schema
 * (`declarationJsonSchema`, declaration/json-schema.ts), before any rule reads
 * it: no deeper than the schema allows (hostile input nested thousands of
 * levels would otherwise exhaust the stack of every recursive walk), no key the
 * schema does not name (`additionalProperties: false` everywhere: an unknown
 * key would be carried into drafts and the dossier's manifest unread), and an
 * object or `null` where the schema asks for one (`previousPassport` given as a
 * string). The allowed keys and types are read from the schema object itself,
 * so a property added to the contract is allowed here with no other change.
 * Walks iteratively and reports issues, never throws. Types of leaf values
 * (strings, booleans) are the field checks' business (`error.value.wrongType`).
 */
import { declarationJsonSchema } from '../declaration/json-schema.js';
import { error, type ValidationIssue } from './issue.js';

/** Deepest nesting a declaration may have (the schema's own is 3: `family.father.fullName`); a margin for future versions. */
export const MAX_DECLARATION_DEPTH = 8;
/** At most this many unknown keys are named one by one; the rest are counted in one more issue. */
const MAX_NAMED_UNKNOWN = 20;
/** A key shown in a message is cut to this many characters. */
const MAX_KEY_SHOWN = 40;

interface SchemaNode {
  type?: string | readonly string[];
  properties?: Readonly<Record<string, SchemaNode>>;
  additionalProperties?: boolean;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function allows(node: SchemaNode, type: string): boolean {
  if (node.type === undefined) return true;
  return typeof node.type === 'string' ? node.type === type : node.type.includes(type);
}

/** A key as shown in a message: NFC, controls made visible, cut to a readable length. */
function shownKey(key: string): string {
  const visible = key.normalize('NFC').replace(/[\p{Cc}\p{Cf}]/gu, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
  const chars = Array.from(visible);
  return chars.length > MAX_KEY_SHOWN ? `${chars.slice(0, MAX_KEY_SHOWN).join('')}…` : visible;
}

function depthOf(value: unknown, limit: number): number {
  // Iterative, so that the measurement itself cannot overflow the stack.
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    const inner = depth + 1;
    if (inner > deepest) deepest = inner;
    if (deepest > limit) return deepest;
    for (const child of Object.values(node as object)) stack.push([child, inner]);
  }
  return deepest;
}

/** True when `value` nests deeper than `limit` objects or arrays (iterative; never throws on deep input). */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  return depthOf(value, limit) > limit;
}

/**
 * Structural issues of a declaration or draft (see the module comment): one
 * `error.value.tooDeep` at the root when it nests too deeply (nothing else is
 * looked at), else `error.value.unknownKey` per key the schema does not name
 * and `error.value.notAGroup` for a non-object where an object is expected.
 */
export function checkDeclarationStructure(input: unknown): ValidationIssue[] {
  if (nestsDeeperThan(input, MAX_DECLARATION_DEPTH)) return [error('', 'error.value.tooDeep', { max: MAX_DECLARATION_DEPTH })];
  const issues: ValidationIssue[] = [];
  let unknown = 0;
  const stack: [unknown, SchemaNode, string][] = [[input, declarationJsonSchema as unknown as SchemaNode, '']];
  while (stack.length > 0) {
    const [value, node, path] = stack.pop()!;
    const type = jsonType(value);
    const wantsObject = allows(node, 'object') && node.type !== undefined;
    if (wantsObject && type !== 'object' && !allows(node, type)) {
      if (path !== '') issues.push(error(path, 'error.value.notAGroup', { key: path }));
      continue;
    }
    if (type !== 'object' || !node.properties) continue;
    const properties = node.properties;
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      const childPath = path === '' ? key : `${path}.${key}`;
      const childNode = Object.hasOwn(properties, key) ? properties[key] : undefined;
      if (!childNode) {
        if (node.additionalProperties === false) {
          unknown += 1;
          const shown = path === '' ? shownKey(key) : `${path}.${shownKey(key)}`;
          if (unknown <= MAX_NAMED_UNKNOWN) issues.push(error(shown, 'error.value.unknownKey', { key: shown }));
        }
        continue;
      }
      if (child !== undefined) stack.push([child, childNode, childPath]);
    }
  }
  if (unknown > MAX_NAMED_UNKNOWN) issues.push(error('', 'error.value.unknownKeys', { count: unknown - MAX_NAMED_UNKNOWN }));
  return issues;
}

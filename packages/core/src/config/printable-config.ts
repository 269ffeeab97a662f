/**
 * The texts of a host configuration must print: office names and addresses,
 * fee bases and sources appear in the declaration, the dossier's checklist and
 * its README, whose embedded font covers the declaration's printable
 * repertoire only (rules/text.ts). A zero-width space, a bidi override
 * (U+202E), an emoji, Han characters or a control character there used to pass
 * this check and then break every export. So every string of the
 * configuration is held to the same repertoire as the documents, and to a
 * length limit (by key, counted in characters after NFC), and each problem is
 * reported at its place (`offices[0].name`) while the defaults stay in force.
 * The walk is generic (every string under every key but comments), iterative
 * and bounded in depth, so a key added to the configuration is covered with
 * no change here.
 */
import type { MessageId } from '../messages/index.js';
import { characterCount, charactersOutsideRepertoire, nameCharacters } from '../rules/text.js';

export interface TextProblem {
  path: string;
  id: MessageId;
  params: Record<string, string | number>;
}

/** Longest text, in characters, by the key that holds it; other keys: DEFAULT_MAX. */
export const CONFIG_TEXT_LIMITS: Readonly<Record<string, number>> = {
  name: 150,
  nameEn: 150,
  address: 250,
  phone: 40,
  basis: 300,
  source: 300,
  note: 300,
  id: 80,
};
const DEFAULT_MAX = 300;
/** A configuration nests a few levels (`province.offices[0].hours[0].days`); deeper is refused. */
export const MAX_CONFIG_DEPTH = 8;

function isComment(key: string): boolean {
  return key.startsWith('$') || key.startsWith('_');
}

/** Problems of the configuration's texts (see the module comment), in document order. */
export function checkConfigTexts(value: unknown): TextProblem[] {
  const problems: TextProblem[] = [];
  const stack: [unknown, string, string, number][] = [[value, '', '', 0]];
  while (stack.length > 0) {
    const [node, path, key, depth] = stack.pop()!;
    if (typeof node === 'string') {
      const text = node.normalize('NFC');
      const outside = charactersOutsideRepertoire(text);
      if (outside.length > 0) problems.push({ path, id: 'config.text.unprintable', params: { characters: nameCharacters(outside) } });
      const max = CONFIG_TEXT_LIMITS[key] ?? DEFAULT_MAX;
      if (characterCount(text) > max) problems.push({ path, id: 'config.text.tooLong', params: { max } });
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    if (depth >= MAX_CONFIG_DEPTH) {
      problems.push({ path, id: 'config.text.tooDeep', params: { max: MAX_CONFIG_DEPTH } });
      continue;
    }
    const children: [unknown, string, string][] = Array.isArray(node)
      ? node.map((v, i) => [v, `${path}[${i}]`, key] as [unknown, string, string])
      : Object.entries(node as Record<string, unknown>)
          .filter(([k]) => !isComment(k))
          .map(([k, v]) => [v, path === '' ? k : `${path}.${k}`, k] as [unknown, string, string]);
    // Reversed onto the stack, so problems come in document order.
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push([...children[i]!, depth + 1]);
  }
  return problems;
}

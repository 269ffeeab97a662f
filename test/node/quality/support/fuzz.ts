/**
 * Shared settings and arbitraries of the fuzzing gates (fast-check). Every
 * property runs with a fixed seed in CI (printed by fast-check with the
 * counterexample's path when it fails) and is interrupted after a time limit,
 * so the gates stay bounded on a 2-core runner. On demand, more runs and
 * another seed: `HOCHIEU_FUZZ_RUNS=20` multiplies every run count and lifts
 * the time limits by the same factor; `HOCHIEU_FUZZ_SEED=123` changes the seed;
 * `HOCHIEU_FUZZ_VERBOSE=1` prints how many runs each property made.
 * The string arbitraries cover arbitrary Unicode (lone surrogates included),
 * NFD Vietnamese, combining-mark floods, emoji, right-to-left and zero-width
 * characters, the hostile catalogue and strings of up to 10 000 characters.
 */
import fc from 'fast-check';
import { fieldsOf, formVersions, writePath } from '@hochieu/core';
import { example, validExamples, type ValidExampleName } from '@hochieu/core/examples';
import { HOSTILE_STRINGS } from '../../../support/hostile-inputs.js';

const FACTOR = Math.max(1, Number(process.env['HOCHIEU_FUZZ_RUNS'] ?? '1') || 1);
const SEED = process.env['HOCHIEU_FUZZ_SEED'] ? Number(process.env['HOCHIEU_FUZZ_SEED']) : undefined;

export interface FuzzBounds {
  /** Fixed seed of this property (overridden by HOCHIEU_FUZZ_SEED). */
  seed: number;
  numRuns: number;
  /** Interrupt after this many milliseconds (default 2500). */
  timeLimitMs?: number;
  /** Fail when the time limit left fewer runs than this (default: a tenth of numRuns, at least 3). */
  minRuns?: number;
}

/**
 * Runs a property (sync or async) with a fixed seed, a run count and a time
 * limit. Fails with fast-check's report (seed, path and counterexample, to
 * replay with `{ seed, path }`) on a counterexample, and also when the time
 * limit cut the property short of `minRuns` runs, so a slow machine cannot
 * turn a gate into a no-op.
 */
export async function fuzz<Ts>(property: fc.IRawProperty<Ts>, bounds: FuzzBounds): Promise<void> {
  const numRuns = bounds.numRuns * FACTOR;
  const details = await fc.check(property, {
    seed: SEED ?? bounds.seed,
    numRuns,
    plugins: [fc.interruptAfterTimeLimit((bounds.timeLimitMs ?? 2500) * FACTOR)],
  });
  if (details.failed) throw new Error((await fc.asyncDefaultReportMessage(details)) ?? 'property failed');
  if (process.env['HOCHIEU_FUZZ_VERBOSE']) console.log(`fuzz seed ${details.seed}: ${details.numRuns}/${numRuns} runs${details.interrupted ? ' (time limit)' : ''}`);
  const minRuns = bounds.minRuns ?? Math.max(3, Math.floor(bounds.numRuns / 10));
  if (details.numRuns < minRuns) {
    throw new Error(`only ${details.numRuns} of ${numRuns} runs in the time limit (seed ${details.seed}); at least ${minRuns} are needed`);
  }
}

const VIETNAMESE = [
  'Nguyễn Thị Thu Hường',
  'Số 12 đường Lê Lợi, phường Lương Văn Tri, tỉnh Lạng Sơn',
  'Thôn Pò Mã, xã Đồng Đăng',
  'Đề nghị cấp hộ chiếu từ lần thứ hai',
  'Kinh',
  'Phật giáo',
  'Lạng Sơn',
  'Giáo viên',
];

/** Vietnamese phrases, sometimes decomposed (NFD), as macOS and some input methods type them. */
export const vietnameseText = fc
  .tuple(fc.constantFrom(...VIETNAMESE), fc.boolean())
  .map(([s, nfd]) => (nfd ? s.normalize('NFD') : s));

const trapChar = fc.constantFrom(
  '\u202E', // right-to-left override
  '\u200F', // right-to-left mark
  '\u200B', // zero-width space
  '\u200D', // zero-width joiner
  '\uFEFF', // byte order mark
  '\u0000',
  '\u0007',
  '\u001B',
  '\u0085',
  '\u2028',
  '\uD800', // lone high surrogate
  '\uDFFF', // lone low surrogate
  '\uE000', // private use
  '\uFFFE',
  '\u0301', // combining acute
  '\u0323', // combining dot below
  '😀',
  '🇻🇳',
  '中',
  'ش',
  '<',
  '>',
  '&',
  '"',
  "'",
  '\\',
  '(',
  ')',
  '{',
  '}',
  '$',
  '=',
  '@',
  '\t',
  '\n',
  '\r',
);

/** Any text a citizen or an attacker can produce, weighted towards the traps. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 2 },
  { arbitrary: fc.array(fc.oneof(trapChar, vietnameseText, fc.string({ maxLength: 5 })), { maxLength: 12 }).map((a) => a.join('')), weight: 4 },
  { arbitrary: vietnameseText, weight: 2 },
  { arbitrary: fc.constantFrom(...HOSTILE_STRINGS.map((h) => h.value)), weight: 3 },
  {
    arbitrary: fc.tuple(fc.constantFrom('a', 'ư', 'Đ'), fc.integer({ min: 1, max: 400 })).map(([c, n]) => c + '\u0301\u0323'.repeat(n)),
    weight: 1,
  },
  {
    arbitrary: fc.tuple(vietnameseText, fc.integer({ min: 1, max: 10_000 })).map(([s, n]) => s.repeat(Math.ceil(n / s.length)).slice(0, n)),
    weight: 1,
  },
);

/** Whether every string in a JSON-like value (keys included) is NFC. */
export function allNfc(value: unknown): boolean {
  if (typeof value === 'string') return value === value.normalize('NFC');
  if (Array.isArray(value)) return value.every(allNfc);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).every(([k, v]) => k === k.normalize('NFC') && allNfc(v));
  }
  return true;
}

const EXAMPLES = Object.keys(validExamples) as ValidExampleName[];

/** Every field id of every form version. */
export const ALL_FIELD_IDS: readonly string[] = [...new Set(Object.values(formVersions).flatMap((v) => fieldsOf(v).map((f) => f.id)))];

/** JavaScript values beyond JSON: undefined, NaN, -0, big integers, dates, maps, typed arrays, null-prototype objects, sparse arrays. */
export const anyValue = fc.anything({
  maxDepth: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

/** A leaf value a field may receive: text of any kind, or any other JSON value. */
export const fieldValue = fc.oneof({ arbitrary: hostileText, weight: 4 }, { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 1 });

/** A valid example with one to four fields replaced by `value` (default: any field value). */
export function mutatedDeclarationOf(value: fc.Arbitrary<unknown> = fieldValue, fields: readonly string[] = ALL_FIELD_IDS): fc.Arbitrary<unknown> {
  return fc
    .tuple(fc.constantFrom(...EXAMPLES), fc.array(fc.tuple(fc.constantFrom(...fields), value), { minLength: 1, maxLength: 4 }))
    .map(([name, edits]) => edits.reduce<unknown>((d, [path, v]) => writePath(d, path, v), example(name)));
}

export const mutatedDeclaration = mutatedDeclarationOf();

/**
 * Injection gate for the machine-readable outputs (issue 8, "Injection"): the
 * dossier's `manifest.json` (issue 4) is valid JSON (RFC 8259) that gives back
 * every hostile value exactly as validated (NFC, white space folded), the
 * supplied file names included, while ZIP entry names stay ASCII and never
 * come from a supplied name; the checklist PDF carries no action; and the
 * `hochieu check` command prints one JSON document under `--json` whose issues
 * are exactly core's, and, in text mode, no control, format or surrogate
 * character that a terminal would interpret.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { strFromU8, unzipSync } from 'fflate';
import { fieldsOf, formVersions, normalizeDeep, normalizeText, readPath, validateDeclaration, writePath, type Field } from '@hochieu/core';
import { example } from '@hochieu/core/examples';
import { buildDossierWithManifest, MANIFEST_NAME } from '@hochieu/docgen';
import { main } from '../../../packages/docgen/src/cli/main.js';
import { HOSTILE_STRINGS, tinyJpeg, type HostileString } from '../../support/hostile-inputs.js';
import { CLOCK, TODAY, type VersionCase } from './support/cases.js';
import { pdfActiveContent } from './support/readers.js';

function errorsOf(vc: VersionCase, declaration: unknown) {
  return validateDeclaration(declaration, { date: TODAY, config: vc.config }).filter((i) => i.severity === 'error');
}

/** Puts as many different hostile strings as possible into the free-text fields, one string per field. */
function spread(vc: VersionCase, strings: readonly HostileString[]): { declaration: unknown; placed: Map<Field, HostileString> } {
  let declaration: unknown = example(vc.example);
  const placed = new Map<Field, HostileString>();
  const left = [...strings];
  for (const field of fieldsOf(formVersions[vc.key])) {
    if (!field.validators.includes('text')) continue;
    for (const h of left) {
      const trial = writePath(declaration, field.id, h.value);
      if (errorsOf(vc, trial).length > 0) continue;
      declaration = trial;
      placed.set(field, h);
      left.splice(left.indexOf(h), 1);
      break;
    }
  }
  return { declaration, placed };
}

const PRINTABLE = HOSTILE_STRINGS.filter((h) => !h.tags.some((t) => t === 'outsideFont' || t === 'noncharacter'));

const DOSSIER_CASES: readonly (VersionCase & { attach: 'previousPassport' | 'representationProof' | null })[] = [
  { key: 'TK01@TT31_2023', example: 'fullAdult', config: {}, attach: 'previousPassport' },
  { key: 'TK01a@TT31_2023', example: 'child', config: {}, attach: 'representationProof' },
  { key: 'TK01@TT31_2023', example: 'onlinePostal', config: {}, attach: null },
];

for (const dc of DOSSIER_CASES) {
  test(`dossier ${dc.example}: manifest.json is valid JSON and gives back every hostile value and file name exactly`, async () => {
    // Two dossiers, so every printable string is placed in some field.
    const firstHalf = spread(dc, PRINTABLE);
    const rest = PRINTABLE.filter((h) => ![...firstHalf.placed.values()].includes(h));
    for (const { declaration, placed } of [firstHalf, spread(dc, rest)]) {
      assert.ok(placed.size > 0);
      const originalName = '../../"><img src=x onerror=alert(1)>\u202E{{7*7}}.jpg';
      const attachments = dc.attach ? [{ role: dc.attach, bytes: tinyJpeg(400, 600), name: originalName, mediaType: 'image/jpeg' }] : [];
      const { zip } = await buildDossierWithManifest(declaration, { photo: tinyJpeg(400, 600), attachments }, { date: TODAY, clock: CLOCK, locale: 'en' });
      const files = unzipSync(zip);
      for (const name of Object.keys(files)) assert.match(name, /^[A-Za-z0-9][A-Za-z0-9._-]*$/u, `ASCII entry name, not from the supplied name: ${name}`);
      const raw = strFromU8(files[MANIFEST_NAME]!);
      assert.ok(!/[\u0000-\u001f]/u.test(raw.replace(/\n/gu, '')), 'control characters are escaped');
      const manifest = JSON.parse(raw) as { declaration: unknown; files: { originalName?: string }[] };
      assert.deepEqual(manifest.declaration, JSON.parse(JSON.stringify(normalizeDeep(declaration))), 'the declaration, normalized, round-trips');
      for (const [field, h] of placed) assert.equal(readPath(manifest.declaration, field.id), normalizeText(h.value), `${field.id}: ${h.name}`);
      if (dc.attach) assert.ok(manifest.files.some((f) => f.originalName === originalName), 'the supplied file name round-trips as data');
      for (const name of Object.keys(files).filter((n) => n.endsWith('.pdf'))) {
        assert.deepEqual(await pdfActiveContent(files[name]!), [], `${name}: no action`);
      }
    }
  });
}

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the `hochieu` command in this process with the declaration on standard input. */
async function cli(args: string[], input: unknown): Promise<CliRun> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
  stdin.end(JSON.stringify(input));
  const code = await main(args, { stdin, stdout, stderr, cwd: process.cwd() });
  return { code, stdout: out, stderr: err };
}

/** Every catalogue string in every field of TK01 (the first one in a field that accepts none, so refusals are listed too). */
function everywhere(h: HostileString): unknown {
  let d: unknown = example('fullAdult');
  for (const field of fieldsOf(formVersions['TK01@TT31_2023'])) if (field.kind !== 'chip') d = writePath(d, field.id, h.value);
  return d;
}

test('hochieu check --json prints one JSON document whose issues are exactly core\'s, for every hostile string', async () => {
  for (const h of HOSTILE_STRINGS) {
    const declaration = everywhere(h);
    const run = await cli(['check', '--json', '--date', TODAY, '-'], declaration);
    assert.equal(run.stderr, '', h.name);
    const report = JSON.parse(run.stdout) as { valid: boolean; issues: { path: string; id: string; params?: unknown; severity: string; message: string }[] };
    const expected = validateDeclaration(declaration, { date: TODAY });
    assert.deepEqual(
      report.issues.map(({ message: _m, ...issue }) => issue),
      JSON.parse(JSON.stringify(expected)),
      `${h.name}: the issues (params echoing the input included) round-trip through the JSON`,
    );
    assert.equal(run.code, report.valid ? 0 : 1);
    assert.ok(!/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u.test(run.stdout), `${h.name}: no raw control character in the JSON text`);
  }
});

test('hochieu check (text) never prints a control, format or surrogate character that a terminal would interpret', async () => {
  for (const h of HOSTILE_STRINGS) {
    for (const lang of ['vi', 'en']) {
      const run = await cli(['check', '--lang', lang, '--date', TODAY, '-'], everywhere(h));
      const printed = run.stdout + run.stderr;
      assert.ok(printed.length > 0);
      assert.ok(!/[\p{Cc}\p{Cf}\p{Cs}\p{Co}]/u.test(printed.replace(/\n/gu, '')), `${h.name} (${lang}): ${JSON.stringify(printed)}`);
    }
  }
});

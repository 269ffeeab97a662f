// The `hochieu` command line, run as a child process exactly as
// `pnpm hochieu …` runs it (node --import tsx packages/docgen/src/cli.ts), in
// temporary directories: every command, every exit code (0 success, 1 invalid
// declaration with nothing written, 2 usage or file error), standard input,
// --json, --lang en, and the atomic write (no partial or temporary file is
// ever left behind, an existing file survives a refused run).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import mammoth from 'mammoth';
import { formatMessage, planApplication, toPrintedCapitals, validateDeclaration } from '@hochieu/core';
import { example, invalidExamples } from '@hochieu/core/examples';
import { decodeDeclarationQr } from '@hochieu/docgen';
import { PHOTO_JPEG_BASE64 } from './fixtures/photos.js';
import { makeJpeg } from './dossier-support.js';
import { flat, readPdf } from './support/pdf-reader.js';
import { runCli, type CliRun } from './support/run-cli.js';

const DATE = '2026-11-21';

type Run = CliRun;

function run(args: string[], opts: { cwd: string; stdin?: string | Uint8Array }): Promise<Run> {
  return runCli(args, opts);
}

/** A fresh directory holding the named examples as JSON files. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hochieu-cli-'));
  writeFileSync(join(dir, 'full.json'), JSON.stringify(example('fullAdult'), null, 2));
  writeFileSync(join(dir, 'child.json'), JSON.stringify(example('child')));
  writeFileSync(join(dir, 'minimal.json'), JSON.stringify(example('minimalAdult')));
  writeFileSync(join(dir, 'bad.json'), JSON.stringify(invalidDeclaration().declaration));
  return dir;
}

function invalidDeclaration() {
  const bad = Object.values(invalidExamples).find((e) => e.expect.severity === 'error' && !e.options);
  assert.ok(bad, 'core has an invalid example without options');
  return bad;
}

const dirs: string[] = [];
function dir(): string {
  const d = workspace();
  dirs.push(d);
  return d;
}

/** Nothing but the inputs: no output, no temporary file. */
function onlyInputs(d: string): void {
  assert.deepEqual(readdirSync(d).sort(), ['bad.json', 'child.json', 'full.json', 'minimal.json']);
}

describe('hochieu CLI', { concurrency: 4 }, () => {
  test('--help prints the usage in Vietnamese, --lang en in English, exit 0', async () => {
    const d = dir();
    const vi = await run(['--help'], { cwd: d });
    assert.equal(vi.code, 0);
    assert.match(vi.stdout, /Cách dùng:/u);
    assert.match(vi.stdout, /hochieu blank --form TK01\|TK01a/u);
    const en = await run(['pdf', '--help', '--lang', 'en'], { cwd: d });
    assert.equal(en.code, 0);
    assert.match(en.stdout, /Usage:/u);
    assert.match(en.stdout, /Exit codes: 0 success; 1 invalid declaration/u);
  });

  test('no command, an unknown command, an unknown option, a misplaced option or bad values: exit 2', async () => {
    const d = dir();
    const cases: [string[], RegExp][] = [
      [[], /hochieu --help/u],
      [['frobnicate', 'full.json'], /frobnicate/u],
      [['check', 'full.json', '--bogus'], /--bogus/u],
      [['check', 'full.json', '--qr'], /--qr/u],
      [['check', 'full.json', '--date', '2026-02-30'], /2026-02-30/u],
      [['check', 'full.json', '--date', '21/11/2026'], /YYYY-MM-DD/u],
      [['check', 'full.json', '--lang', 'fr'], /fr/u],
      [['check'], /-/u],
      [['check', 'full.json', 'child.json'], /child\.json/u],
      [['pdf', 'full.json'], /-o/u],
      [['blank', '--form', 'TK02', '-o', 'x.pdf'], /TK02/u],
    ];
    const results = await Promise.all(cases.map(([args]) => run(args, { cwd: d })));
    cases.forEach(([args, message], i) => {
      const r = results[i]!;
      assert.equal(r.code, 2, `exit 2 for ${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, message, args.join(' '));
    });
    onlyInputs(d);
  });

  test('unreadable input, a directory, bad JSON and bad UTF-8: exit 2, nothing written', async () => {
    const d = dir();
    writeFileSync(join(d, 'broken.json'), '{ "schemaVersion": 1, ');
    writeFileSync(join(d, 'latin1.json'), Uint8Array.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]));
    mkdirSync(join(d, 'folder'));
    const inputs = ['missing.json', 'folder', 'broken.json', 'latin1.json'];
    const results = await Promise.all(inputs.map((input) => run(['pdf', input, '-o', 'out.pdf', '--date', DATE], { cwd: d })));
    inputs.forEach((input, i) => {
      const r = results[i]!;
      assert.equal(r.code, 2, `${input}: ${r.stderr}`);
      assert.ok(r.stderr.includes(input), `the message names ${input}`);
    });
    assert.ok(!existsSync(join(d, 'out.pdf')));
    const bad = await run(['check', '-', '--date', DATE], { cwd: d, stdin: 'not json' });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /stdin/u);
  });

  test('check: a valid declaration exits 0; an invalid one exits 1 with localized sentences and field paths', async () => {
    const d = dir();
    const ok = await run(['check', 'full.json', '--date', DATE], { cwd: d });
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /Tờ khai hợp lệ \(TK01, TK01@TT69_2026\)/u);

    const bad = invalidDeclaration();
    const vi = await run(['check', 'bad.json', '--date', DATE], { cwd: d });
    assert.equal(vi.code, 1);
    assert.ok(vi.stderr.includes(`[${bad.expect.path}]`), vi.stderr);
    const issue = validateDeclaration(bad.declaration, { date: DATE }).find((i) => i.path === bad.expect.path && i.id === bad.expect.id)!;
    assert.ok(vi.stderr.includes(formatMessage(issue.id, issue.params ?? {}, 'vi')), 'Vietnamese sentence from core');
    const en = await run(['check', 'bad.json', '--date', DATE, '--lang', 'en'], { cwd: d });
    assert.equal(en.code, 1);
    assert.ok(en.stderr.includes(formatMessage(issue.id, issue.params ?? {}, 'en')), 'English sentence from core');
    assert.match(en.stderr, /error\(s\)/u);
  });

  test('check --json parses and matches core validation; stdin input works', async () => {
    const d = dir();
    const r = await run(['check', '-', '--json', '--date', DATE], { cwd: d, stdin: JSON.stringify(invalidDeclaration().declaration) });
    assert.equal(r.code, 1);
    const report = JSON.parse(r.stdout) as { valid: boolean; errors: number; issues: { path: string; id: string; severity: string; message: string }[] };
    const expected = validateDeclaration(invalidDeclaration().declaration, { date: DATE });
    assert.equal(report.valid, false);
    assert.equal(report.issues.length, expected.length);
    assert.deepEqual(report.issues.map((i) => [i.path, i.id, i.severity]), expected.map((i) => [i.path, i.id, i.severity]));
    assert.ok(report.issues.every((i) => i.message.length > 0));
    const ok = await run(['check', '-', '--json', '--date', DATE], { cwd: d, stdin: readFileSync(join(d, 'child.json')) });
    assert.equal(ok.code, 0);
    assert.equal(JSON.parse(ok.stdout).formVersion, 'TK01a@TT69_2026');
  });

  test('plan names the form of the submission date: 16/11/2026 → TK01@TT69_2026, 15/6/2026 → TK01@TT31_2023; a pin to TT31_2023 wins on any date', async () => {
    const d = dir();
    const on = (date: string) => {
      const x = example('minimalAdult');
      return JSON.stringify({ ...x, submission: { ...x.submission, date } });
    };
    writeFileSync(join(d, 'november.json'), on('2026-11-16'));
    writeFileSync(join(d, 'june.json'), on('2026-06-15'));
    writeFileSync(join(d, 'pin.json'), JSON.stringify({ pinnedFormVersion: 'TT31_2023' }));
    const planOf = async (file: string, date: string, extra: string[] = []) => {
      const r = await run(['plan', file, '--json', '--date', date, ...extra], { cwd: d });
      assert.equal(r.code, 0, r.stderr);
      return JSON.parse(r.stdout) as { formVersion: string };
    };
    assert.equal((await planOf('november.json', '2026-11-10')).formVersion, 'TK01@TT69_2026');
    assert.equal((await planOf('june.json', '2026-06-10')).formVersion, 'TK01@TT31_2023');
    assert.equal((await planOf('november.json', '2026-11-10', ['--config', 'pin.json'])).formVersion, 'TK01@TT31_2023');
    const text = await run(['plan', 'november.json', '--date', '2026-11-10'], { cwd: d });
    assert.match(text.stdout, /Mẫu tờ khai: TK01 \(TK01@TT69_2026, Thông tư số 69\/2026\/TT-BCA\)/u);
    // A pinned PDF prints the 2023 form on a December date.
    const pdf = await run(['pdf', 'november.json', '-o', 'pinned.pdf', '--date', '2026-11-10', '--config', 'pin.json'], { cwd: d });
    assert.equal(pdf.code, 0, pdf.stderr);
    const printed = flat((await readPdf(readFileSync(join(d, 'pinned.pdf')))).pageTexts.join('\n'));
    assert.ok(printed.includes('31/2023') && !printed.includes('69/2026') && !printed.includes('Nơi ở hiện tại'));
  });

  test('plan --json equals planApplication; the text plan reads in Vietnamese or English', async () => {
    const d = dir();
    const r = await run(['plan', 'child.json', '--json', '--date', DATE], { cwd: d });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), JSON.parse(JSON.stringify(planApplication(example('child'), { date: DATE }))));
    const vi = await run(['plan', 'child.json', '--date', DATE], { cwd: d });
    assert.equal(vi.code, 0);
    assert.match(vi.stdout, /Lệ phí: 100\.000 đồng/u);
    assert.match(vi.stdout, /Mẫu tờ khai: TK01a/u);
    const en = await run(['plan', '-', '--date', DATE, '--lang', 'en'], { cwd: d, stdin: JSON.stringify(example('fullAdult')) });
    assert.equal(en.code, 0);
    assert.match(en.stdout, /Fee: /u);
    assert.match(en.stdout, /Documents to prepare:/u);
    assert.doesNotMatch(en.stdout, /Lệ phí/u);
    // The fee of Thông tư 64/2025 has an uncertain end date on this date: the text plan keeps the note (issue 13).
    assert.ok(planApplication(example('child'), { date: DATE }).fee?.uncertain);
    assert.ok(vi.stdout.includes(formatMessage('procedure.fee.note.uncertainEnd', {}, 'vi')), vi.stdout);
    assert.ok(en.stdout.includes(formatMessage('procedure.fee.note.uncertainEnd', {}, 'en')), en.stdout);
  });

  test('pdf: exit 0, a one-page PDF with the typed values; from stdin too; with --photo and --qr', async () => {
    const d = dir();
    writeFileSync(join(d, 'photo.jpg'), Buffer.from(PHOTO_JPEG_BASE64, 'base64'));
    const r = await run(['pdf', 'full.json', '-o', 'out.pdf', '--date', DATE, '--photo', 'photo.jpg', '--qr'], { cwd: d });
    assert.equal(r.code, 0, r.stderr);
    const pdf = readFileSync(join(d, 'out.pdf'));
    const text = flat((await readPdf(pdf)).pageTexts.join('\n'));
    assert.ok(text.includes(toPrintedCapitals(example('fullAdult').applicant.familyName)));
    assert.ok(text.includes('Mã QR chứa dữ liệu của tờ khai'), 'the QR caption');
    assert.ok(pdf.includes(Buffer.from('/Subtype /Image')), 'the photo is embedded');

    const piped = await run(['pdf', '-', '-o', 'piped.pdf', '--date', DATE], { cwd: d, stdin: JSON.stringify(example('child')) });
    assert.equal(piped.code, 0, piped.stderr);
    assert.ok(flat((await readPdf(readFileSync(join(d, 'piped.pdf')))).pageTexts.join('\n')).includes('Mẫu TK01a'));
    assert.ok(!readdirSync(d).some((f) => f.endsWith('.tmp')), 'no temporary file left');
  });

  test('pdf and docx refuse an invalid declaration: exit 1, issues printed, the output path does not exist', async () => {
    const d = dir();
    for (const cmd of ['pdf', 'docx']) {
      const r = await run([cmd, 'bad.json', '-o', `out.${cmd}`, '--date', DATE, '--lang', 'en'], { cwd: d });
      assert.equal(r.code, 1);
      assert.match(r.stderr, /no file was made/u);
      assert.ok(r.stderr.includes(invalidDeclaration().expect.path));
      assert.ok(!existsSync(join(d, `out.${cmd}`)));
    }
    onlyInputs(d);
  });

  test('a refused run leaves an existing output file untouched', async () => {
    const d = dir();
    writeFileSync(join(d, 'keep.pdf'), 'previous content');
    const r = await run(['pdf', 'bad.json', '-o', 'keep.pdf', '--date', DATE], { cwd: d });
    assert.equal(r.code, 1);
    assert.equal(readFileSync(join(d, 'keep.pdf'), 'utf8'), 'previous content');
  });

  test('an output directory that does not exist is an I/O error (exit 2), no file anywhere', async () => {
    const d = dir();
    const r = await run(['pdf', 'full.json', '-o', 'nowhere/out.pdf', '--date', DATE], { cwd: d });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /nowhere\/out\.pdf/u);
    onlyInputs(d);
  });

  test('a photo that is not an image is a usage error (exit 2)', async () => {
    const d = dir();
    writeFileSync(join(d, 'photo.jpg'), '<html>not a photo</html>');
    const r = await run(['pdf', 'full.json', '-o', 'out.pdf', '--photo', 'photo.jpg', '--date', DATE], { cwd: d });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /photo\.jpg/u);
    assert.ok(!existsSync(join(d, 'out.pdf')));
  });

  test('docx: exit 0, the values read back by mammoth; same input twice gives identical XML parts', async () => {
    const d = dir();
    const a = await run(['docx', 'full.json', '-o', 'a.docx', '--date', DATE], { cwd: d });
    const b = await run(['docx', 'full.json', '-o', 'b.docx', '--date', DATE], { cwd: d });
    assert.equal(a.code, 0, a.stderr);
    assert.equal(b.code, 0, b.stderr);
    const pa = unzipSync(readFileSync(join(d, 'a.docx')));
    const pb = unzipSync(readFileSync(join(d, 'b.docx')));
    assert.deepEqual(Object.keys(pa), Object.keys(pb));
    // The core properties carry the creation time (now, in Vietnam time: issue 13); every other part is identical.
    for (const name of Object.keys(pa).filter((n) => (n.endsWith('.xml') || n.endsWith('.rels')) && n !== 'docProps/core.xml')) {
      assert.equal(strFromU8(pa[name]!), strFromU8(pb[name]!), name);
    }
    assert.match(strFromU8(pa['docProps/core.xml']!), /<dcterms:created xsi:type="dcterms:W3CDTF">20\d\d-[^<]*\+07:00<\/dcterms:created>/u);
    const { value } = await mammoth.extractRawText({ buffer: readFileSync(join(d, 'a.docx')) });
    assert.ok(value.includes(example('fullAdult').applicant.employer!));
  });

  test('blank: the form in force on --date (TK01a of December 2026 cites 69/2026), as PDF and DOCX; a pin keeps 31/2023; the retired key only warns', async () => {
    const d = dir();
    const pdf = await run(['blank', '--form', 'TK01a', '-o', 'blank.pdf', '--date', '2026-12-07'], { cwd: d });
    assert.equal(pdf.code, 0, pdf.stderr);
    const read = await readPdf(readFileSync(join(d, 'blank.pdf')));
    const text = flat(read.pageTexts.join('\n'));
    assert.equal(read.pages, 1);
    assert.ok(text.includes('Mẫu TK01a'));
    assert.ok(text.includes(flat('Ban hành kèm theo Thông tư số 69/2026/TT-BCA')), text.slice(0, 200));
    assert.ok(text.includes('Thông tin người đại diện hợp pháp'));
    assert.ok(text.includes('Nơi ở hiện tại') && text.includes('Tên ngân hàng'));
    const docx = await run(['blank', '--form', 'TK01a', '--docx', '-o', 'blank.docx', '--date', '2026-12-07'], { cwd: d });
    assert.equal(docx.code, 0, docx.stderr);
    const { value } = await mammoth.extractRawText({ buffer: readFileSync(join(d, 'blank.docx')) });
    assert.ok(value.includes('Thông tư số 69/2026/TT-BCA') && value.includes('Mẫu TK01a'));

    const june = await run(['blank', '--form', 'TK01', '-o', 'june.pdf', '--date', '2026-06-15'], { cwd: d });
    assert.equal(june.code, 0, june.stderr);
    const t31 = flat((await readPdf(readFileSync(join(d, 'june.pdf')))).pageTexts.join('\n'));
    assert.ok(t31.includes('31/2023') && !t31.includes('Nơi ở hiện tại'));

    writeFileSync(join(d, 'pin.json'), JSON.stringify({ pinnedFormVersion: 'TT31_2023' }));
    const pinned = await run(['blank', '--form', 'TK01', '-o', 'pinned.pdf', '--date', '2026-12-07', '--config', 'pin.json'], { cwd: d });
    assert.equal(pinned.code, 0, pinned.stderr);
    assert.ok(flat((await readPdf(readFileSync(join(d, 'pinned.pdf')))).pageTexts.join('\n')).includes('31/2023'));

    writeFileSync(join(d, 'host.json'), JSON.stringify({ enabledFormVersions: ['TT69_2026'] }));
    const retired = await run(['blank', '--form', 'TK01', '-o', 'tt69.pdf', '--date', DATE, '--config', 'host.json'], { cwd: d });
    assert.equal(retired.code, 0, retired.stderr);
    assert.match(retired.stderr, /enabledFormVersions/u);
    assert.match(retired.stderr, /pinnedFormVersion/u);
    assert.ok(flat((await readPdf(readFileSync(join(d, 'tt69.pdf')))).pageTexts.join('\n')).includes('69/2026'));

    writeFileSync(join(d, 'bad-host.json'), JSON.stringify({ enabledFormVersions: ['TT99'] }));
    const badHost = await run(['check', 'full.json', '--config', 'bad-host.json', '--date', DATE], { cwd: d });
    assert.equal(badHost.code, 2);
    assert.match(badHost.stderr, /bad-host\.json/u);
    // A sentence, never a raw message id (issue 13).
    assert.doesNotMatch(badHost.stderr, /config\.[a-zA-Z]+/u);
    assert.ok(badHost.stderr.includes('[enabledFormVersions[0]] Phiên bản mẫu chỉ có thể là'), badHost.stderr);
  });

  test('the QR printed by the CLI decodes to the declaration file', async () => {
    const d = dir();
    const r = await run(['docx', 'minimal.json', '-o', 'qr.docx', '--qr', '--date', DATE], { cwd: d });
    assert.equal(r.code, 0, r.stderr);
    const parts = unzipSync(readFileSync(join(d, 'qr.docx')));
    assert.ok(Object.keys(parts).some((p) => p.startsWith('word/media/') && p.endsWith('.png')));
    // The decoder itself is tested on the rendered images in qr.test.ts; here the CLI flag reaches the layout.
    assert.ok(decodeDeclarationQr !== undefined);
  });

  test('dossier: a ZIP with the declaration and the photo (exit 0); a bad role is exit 2; a bad file exit 1', async () => {
    const d = dir();
    writeFileSync(join(d, 'p.jpg'), makeJpeg(400, 600));
    const ok = await run(['dossier', 'full.json', '--photo', 'p.jpg', '-o', 'ho-so.zip', '--date', DATE], { cwd: d });
    assert.equal(ok.code, 0, ok.stderr);
    const entries = Object.keys(unzipSync(readFileSync(join(d, 'ho-so.zip'))));
    assert.ok(entries.includes('to-khai-TK01.pdf'));
    assert.ok(entries.includes('anh-chan-dung.jpg'));
    assert.ok(entries.includes('manifest.json'));

    const role = await run(['dossier', 'full.json', '--photo', 'p.jpg', '--attach', 'nothing=p.jpg', '-o', 'x.zip', '--date', DATE], { cwd: d });
    assert.equal(role.code, 2, role.stderr);
    assert.ok(!existsSync(join(d, 'x.zip')));

    writeFileSync(join(d, 'fake.jpg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const bad = await run(['dossier', 'full.json', '--photo', 'fake.jpg', '-o', 'y.zip', '--date', DATE], { cwd: d });
    assert.equal(bad.code, 1, bad.stderr);
    assert.ok(!existsSync(join(d, 'y.zip')));
    const invalid = await run(['dossier', 'bad.json', '--photo', 'p.jpg', '-o', 'z.zip', '--date', DATE], { cwd: d });
    assert.equal(invalid.code, 1);
    assert.ok(!existsSync(join(d, 'z.zip')));
  });
});

test.after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

// The `hochieu` command line attacked as an adversary and as bad luck would
// (issue 15), through the real bin (support/run-cli.ts): unbounded inputs
// (/dev/zero, a FIFO, a sparse 200 MB file, 2 MB on stdin), a PNG header
// bomb as the photo, outputs that must not be replaced (a symbolic link, a
// FIFO, a hard link, an input), modes (a 0600 file stays 0600, new files are
// 0600), temporary files (never left after SIGINT or SIGTERM sent the moment
// the temporary file appears; a dead run's leftover is cleaned, a live one's
// kept), exit codes (2 for what the command line gave wrongly, 1 for an
// invalid declaration), deep nesting, `check --json` and terminal escapes.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  linkSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  watch,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { example } from '@hochieu/core/examples';
import { buildDeclarationPdf, isDocgenError } from '@hochieu/docgen';
import { makeJpeg, makePdf, makePngHeaderOnly, onlineRenewal } from './dossier-support.js';
import { collect, runCli, spawnCli } from './support/run-cli.js';

const DATE = '2026-11-21';
/** A refusal must come within a bound (generous for a loaded machine: the bin starts through tsx); reading a device or a bomb used to take minutes or never end. */
const QUICK_MS = 90_000;
const TEMP = /^\..+\.hochieu-\d+-[0-9a-f]{8}\.tmp$/u;

const dirs: string[] = [];
function workspace(): string {
  const d = mkdtempSync(join(tmpdir(), 'hochieu-hard-'));
  dirs.push(d);
  writeFileSync(join(d, 'full.json'), JSON.stringify(example('fullAdult')));
  writeFileSync(join(d, 'p.jpg'), makeJpeg(400, 600));
  return d;
}
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function mkfifo(path: string): void {
  const r = spawnSync('mkfifo', [path]);
  assert.equal(r.status, 0, `mkfifo: ${r.stderr}`);
}

function temporaries(d: string): string[] {
  return readdirSync(d).filter((e) => TEMP.test(e));
}

describe('bounded reads', { concurrency: 3 }, () => {
  test('/dev/zero as the declaration, the photo or an attachment: exit 2 at once, naming it', async () => {
    const d = workspace();
    for (const args of [
      ['check', '/dev/zero'],
      ['pdf', 'full.json', '--photo', '/dev/zero', '-o', 'o.pdf'],
      ['dossier', 'full.json', '--photo', 'p.jpg', '--attach', 'previousPassport=/dev/zero', '-o', 'o.zip'],
    ]) {
      const r = await runCli([...args, '--date', DATE, '--lang', 'en'], { cwd: d });
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.ok(r.ms < QUICK_MS, `${args.join(' ')} took ${r.ms} ms`);
      assert.match(r.stderr, /\/dev\/zero.*not a regular file/u);
    }
    assert.deepEqual(readdirSync(d).sort(), ['full.json', 'p.jpg']);
  });

  test('a FIFO as an attachment or a declaration is refused without waiting for a writer', async () => {
    const d = workspace();
    mkfifo(join(d, 'pipe.pdf'));
    const attach = await runCli(['dossier', 'full.json', '--photo', 'p.jpg', '--attach', 'previousPassport=pipe.pdf', '-o', 'o.zip', '--date', DATE], { cwd: d });
    assert.equal(attach.code, 2, attach.stderr);
    assert.ok(attach.ms < QUICK_MS);
    const input = await runCli(['check', 'pipe.pdf', '--lang', 'en'], { cwd: d });
    assert.equal(input.code, 2, input.stderr);
    assert.match(input.stderr, /pipe\.pdf.*not a regular file/u);
  });

  test('a sparse 200 MB attachment and a 2 MB declaration are refused by their size, 2 MB on stdin by counting', async () => {
    const d = workspace();
    writeFileSync(join(d, 'big.pdf'), '');
    truncateSync(join(d, 'big.pdf'), 200 * 1024 * 1024);
    const big = await runCli(['dossier', 'full.json', '--photo', 'p.jpg', '--attach', 'previousPassport=big.pdf', '-o', 'o.zip', '--lang', 'en'], { cwd: d });
    assert.equal(big.code, 2, big.stderr);
    assert.match(big.stderr, /big\.pdf is too large: at most 25 MiB/u);
    assert.ok(big.ms < QUICK_MS);
    const padded = JSON.stringify({ ...example('fullAdult') }).replace(/^\{/u, `{${' '.repeat(2 * 1024 * 1024)}`);
    writeFileSync(join(d, 'padded.json'), padded);
    const file = await runCli(['check', 'padded.json', '--lang', 'en'], { cwd: d });
    assert.equal(file.code, 2, file.stderr);
    assert.match(file.stderr, /padded\.json is too large: at most 1 MiB/u);
    const stdin = await runCli(['check', '-', '--lang', 'en'], { cwd: d, stdin: padded });
    assert.equal(stdin.code, 2, stdin.stderr);
    assert.match(stdin.stderr, /stdin is too large/u);
  });

  test('a 65-byte PNG declaring 16000 × 16000 pixels as the photo: exit 2 at once (it used to cost minutes and gigabytes)', async () => {
    const d = workspace();
    writeFileSync(join(d, 'bomb.png'), makePngHeaderOnly(16_000, 16_000));
    const r = await runCli(['pdf', 'full.json', '--photo', 'bomb.png', '-o', 'o.pdf', '--date', DATE, '--lang', 'en'], { cwd: d });
    assert.equal(r.code, 2, r.stderr);
    assert.ok(r.ms < QUICK_MS, `took ${r.ms} ms`);
    assert.match(r.stderr, /bomb\.png/u);
    assert.match(r.stderr, /16000 × 16000 pixels, too large/u);
    assert.ok(!existsSync(join(d, 'o.pdf')));
  });

  test('the library refuses the bomb too: buildDeclarationPdf rejects with a DocgenError at path "photo" within a second', async () => {
    const started = performance.now();
    await assert.rejects(
      buildDeclarationPdf(example('fullAdult'), { date: DATE, photo: { bytes: makePngHeaderOnly(30_000, 30_000), mediaType: 'image/png' } }),
      (err: unknown) => isDocgenError(err) && err.issues.some((i) => i.path === 'photo' && i.id === 'docgen.model.imageDimensions'),
    );
    assert.ok(performance.now() - started < 5000);
  });
});

describe('safe writes', { concurrency: 3 }, () => {
  test('a symbolic link or a FIFO given as -o is not replaced (exit 2); what it points to is untouched', async () => {
    const d = workspace();
    writeFileSync(join(d, 'precious.txt'), 'keep me');
    symlinkSync(join(d, 'precious.txt'), join(d, 'link.pdf'));
    const link = await runCli(['pdf', 'full.json', '-o', 'link.pdf', '--date', DATE, '--lang', 'en'], { cwd: d });
    assert.equal(link.code, 2, link.stderr);
    assert.match(link.stderr, /Not replacing link\.pdf: it is not a regular file/u);
    assert.ok(lstatSync(join(d, 'link.pdf')).isSymbolicLink());
    assert.equal(readlinkSync(join(d, 'link.pdf')), join(d, 'precious.txt'));
    assert.equal(readFileSync(join(d, 'precious.txt'), 'utf8'), 'keep me');
    mkfifo(join(d, 'fifo.pdf'));
    const fifo = await runCli(['pdf', 'full.json', '-o', 'fifo.pdf', '--date', DATE], { cwd: d });
    assert.equal(fifo.code, 2, fifo.stderr);
    assert.ok(lstatSync(join(d, 'fifo.pdf')).isFIFO());
    assert.deepEqual(temporaries(d), []);
  });

  test('an existing 0600 file stays 0600; a new file is made 0600; a hard-linked file is refused', async () => {
    const d = workspace();
    writeFileSync(join(d, 'private.pdf'), 'old', { mode: 0o600 });
    const over = await runCli(['pdf', 'full.json', '-o', 'private.pdf', '--date', DATE], { cwd: d });
    assert.equal(over.code, 0, over.stderr);
    assert.equal(statSync(join(d, 'private.pdf')).mode & 0o777, 0o600);
    assert.equal(readFileSync(join(d, 'private.pdf')).subarray(0, 5).toString('latin1'), '%PDF-');
    const fresh = await runCli(['docx', 'full.json', '-o', 'new.docx', '--date', DATE], { cwd: d });
    assert.equal(fresh.code, 0, fresh.stderr);
    assert.equal(statSync(join(d, 'new.docx')).mode & 0o777, 0o600);
    writeFileSync(join(d, 'shared.pdf'), 'both names');
    linkSync(join(d, 'shared.pdf'), join(d, 'other-name.pdf'));
    const linked = await runCli(['pdf', 'full.json', '-o', 'shared.pdf', '--date', DATE, '--lang', 'en'], { cwd: d });
    assert.equal(linked.code, 2, linked.stderr);
    assert.match(linked.stderr, /hard links/u);
    assert.equal(statSync(join(d, 'shared.pdf')).nlink, 2);
    assert.equal(readFileSync(join(d, 'other-name.pdf'), 'utf8'), 'both names');
  });

  test('-o equal to an input, by name, by another spelling or through a link, is refused and the input kept', async () => {
    const d = workspace();
    const before = readFileSync(join(d, 'full.json'));
    symlinkSync(join(d, 'full.json'), join(d, 'alias.json'));
    for (const output of ['full.json', './full.json', 'alias.json', join(d, 'full.json')]) {
      const r = await runCli(['pdf', 'full.json', '-o', output, '--date', DATE, '--lang', 'en'], { cwd: d });
      assert.equal(r.code, 2, `${output}: ${r.stderr}`);
      assert.match(r.stderr, /is one of the input files/u);
    }
    const photo = await runCli(['pdf', 'full.json', '--photo', 'p.jpg', '-o', 'p.jpg', '--date', DATE], { cwd: d });
    assert.equal(photo.code, 2, photo.stderr);
    assert.deepEqual(readFileSync(join(d, 'full.json')), before);
  });

  test("a dead run's leftover temporary file is removed by the next run; a live process's is kept", async () => {
    const d = workspace();
    // A process id above Linux's pid_max (2^22) cannot exist.
    const dead = join(d, '.out.pdf.hochieu-4194305-deadbeef.tmp');
    const live = join(d, `.out.pdf.hochieu-${process.pid}-cafebabe.tmp`);
    writeFileSync(dead, 'left by a killed run', { mode: 0o600 });
    writeFileSync(live, 'being written by another run', { mode: 0o600 });
    const r = await runCli(['pdf', 'full.json', '-o', 'out.pdf', '--date', DATE], { cwd: d });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(!existsSync(dead), 'the leftover of a dead run is removed');
    assert.ok(existsSync(live), 'a running process keeps its temporary file');
  });
});

describe('interrupted runs', () => {
  /** A renewal dossier whose ZIP is large enough (about 15 MB) that writing it takes a while. */
  function bigDossier(d: string): string[] {
    writeFileSync(join(d, 'renewal.json'), JSON.stringify(onlineRenewal()));
    writeFileSync(join(d, 'front.jpg'), makeJpeg(856, 540));
    writeFileSync(join(d, 'back.jpg'), makeJpeg(856, 540));
    writeFileSync(join(d, 'passport.pdf'), makePdf(randomBytes(14 * 1024 * 1024).toString('base64')));
    return ['dossier', 'renewal.json', '--photo', 'p.jpg', '--id-front', 'front.jpg', '--id-back', 'back.jpg', '--attach', 'previousPassport=passport.pdf', '-o', 'ho-so.zip', '--date', DATE];
  }

  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    test(`${signal} the moment the temporary file appears: exit ${code}, no temporary file, no output`, async () => {
      const d = workspace();
      const args = bigDossier(d);
      let interrupted = 0;
      for (let attempt = 0; attempt < 4 && interrupted === 0; attempt += 1) {
        const child = spawnCli(args, d);
        const done = collect(child);
        child.stdin.end();
        let sent = false;
        const watcher = watch(d, (_event, name) => {
          if (!sent && typeof name === 'string' && TEMP.test(name)) {
            sent = true;
            child.kill(signal);
          }
        });
        const r = await done;
        watcher.close();
        assert.deepEqual(temporaries(d), [], `no temporary file after ${signal} (attempt ${attempt + 1})`);
        if (r.code === 0) {
          rmSync(join(d, 'ho-so.zip'), { force: true }); // finished before the signal landed: try again
          continue;
        }
        assert.ok(sent, r.stderr);
        assert.equal(r.code, code, `exit code after ${signal}: ${r.code} ${r.signal} ${r.stderr}`);
        assert.ok(!existsSync(join(d, 'ho-so.zip')));
        assert.match(r.stderr, new RegExp(signal, 'u'));
        interrupted += 1;
      }
      assert.equal(interrupted, 1, `the signal never landed while the temporary file existed`);
    });
  }
});

describe('exit codes, structure and terminal output', { concurrency: 3 }, () => {
  test('--attach __proto__=f and constructor=f are usage errors (exit 2), not "[object Object]"', async () => {
    const d = workspace();
    for (const role of ['__proto__', 'constructor', 'toString']) {
      const r = await runCli(['dossier', 'full.json', '--photo', 'p.jpg', '--attach', `${role}=p.jpg`, '-o', 'o.zip', '--date', DATE, '--lang', 'en'], { cwd: d });
      assert.equal(r.code, 2, `${role}: ${r.stderr}`);
      assert.doesNotMatch(r.stderr, /object Object/u);
      assert.match(r.stderr, new RegExp(role.replace(/_/gu, '_'), 'u'));
    }
  });

  test('3000 levels of nesting: check --json prints a JSON report (exit 1); pdf and dossier exit 1 without a stack trace', async () => {
    const d = workspace();
    const deep = `{"schemaVersion":1,"x":${'['.repeat(3000)}${']'.repeat(3000)}}`;
    writeFileSync(join(d, 'deep.json'), deep);
    const check = await runCli(['check', 'deep.json', '--json'], { cwd: d });
    assert.equal(check.code, 1, check.stderr);
    const report = JSON.parse(check.stdout) as { valid: boolean; issues: { id: string }[] };
    assert.equal(report.valid, false);
    assert.deepEqual(report.issues.map((i) => i.id), ['error.value.tooDeep']);
    for (const args of [['pdf', 'deep.json', '-o', 'o.pdf'], ['dossier', 'deep.json', '--photo', 'p.jpg', '-o', 'o.zip'], ['plan', 'deep.json']]) {
      const r = await runCli([...args, '--date', DATE], { cwd: d });
      assert.ok(r.code === 1 || (args[0] === 'plan' && r.code === 0), `${args[0]}: ${r.code} ${r.stderr}`);
      assert.doesNotMatch(r.stderr, /RangeError|\.ts:\d+|\n\s+at /u);
    }
  });

  test('check --json prints JSON even when the input cannot be read (exit 2)', async () => {
    const d = workspace();
    const r = await runCli(['check', '/dev/zero', '--json'], { cwd: d });
    assert.equal(r.code, 2);
    const report = JSON.parse(r.stdout) as { valid: boolean; refused: { exitCode: number; message: string } };
    assert.equal(report.valid, false);
    assert.equal(report.refused.exitCode, 2);
    assert.match(report.refused.message, /\/dev\/zero/u);
  });

  test('a configuration whose office name cannot print: check, plan and dossier --config all exit 2 naming offices[0].name', async () => {
    const d = workspace();
    const office = { id: 'qn', name: 'Phòng\u001b]0;owned\u0007 XNC \u202e🛂', address: 'Số 1 đường Ví dụ, tỉnh Quảng Ninh' };
    writeFileSync(join(d, 'evil-config.json'), JSON.stringify({ province: 'quang-ninh', offices: [office] }));
    for (const args of [['check', 'full.json'], ['plan', 'full.json'], ['dossier', 'full.json', '--photo', 'p.jpg', '-o', 'o.zip']]) {
      const r = await runCli([...args, '--config', 'evil-config.json', '--date', DATE, '--lang', 'en'], { cwd: d });
      assert.equal(r.code, 2, `${args[0]}: ${r.stderr}`);
      assert.match(r.stderr, /\[offices\[0\]\.name\] This text has characters that cannot be printed on the documents/u);
      assert.doesNotMatch(r.stdout + r.stderr, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/u);
    }
  });

  test('control characters from file names and file contents never reach the terminal raw', async () => {
    const d = workspace();
    const evilName = '\u001b]0;owned\u0007\u001b[2J\u009b31m\u202eevil.json';
    const missing = await runCli(['check', evilName], { cwd: d });
    assert.equal(missing.code, 2);
    const d2 = example('fullAdult');
    d2.applicant.givenNames = 'An\u001b[31m\u009b2J';
    writeFileSync(join(d, 'esc.json'), JSON.stringify(d2));
    const content = await runCli(['check', 'esc.json', '--date', DATE], { cwd: d });
    assert.equal(content.code, 1);
    const json = await runCli(['check', 'esc.json', '--date', DATE, '--json'], { cwd: d });
    JSON.parse(json.stdout);
    for (const r of [missing, content, json]) {
      const all = r.stdout + r.stderr;
      assert.doesNotMatch(all, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/u, JSON.stringify(all.slice(0, 300)));
    }
    assert.match(missing.stderr, /\\u001b\]0;owned\\u0007/u, 'shown escaped, still recognisable');
  });
});

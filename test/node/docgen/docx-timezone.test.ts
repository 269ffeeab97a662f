// The same declaration and clock give the same DOCX bytes whatever the host's
// time zone (ZIP entry dates are DOS local times; docgen writes them in
// Vietnam time). Each zone runs in its own process, since TZ is read at start.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = `
import { buildDeclarationDocx } from '@hochieu/docgen';
import { example } from '@hochieu/core/examples';
import { createHash } from 'node:crypto';
const bytes = await buildDeclarationDocx(example('fullAdult'), { date: '2026-11-21', clock: () => new Date('2026-11-21T03:00:00Z') });
process.stdout.write(createHash('sha256').update(bytes).digest('hex'));
`;
const cwd = fileURLToPath(new URL('.', import.meta.url));

function hashIn(zone: string): string {
  return execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd,
    env: { ...process.env, TZ: zone },
    encoding: 'utf8',
  });
}

test('DOCX bytes do not depend on the host time zone', () => {
  const utc = hashIn('UTC');
  assert.match(utc, /^[0-9a-f]{64}$/u);
  assert.equal(hashIn('America/New_York'), utc);
  assert.equal(hashIn('Pacific/Kiritimati'), utc);
});

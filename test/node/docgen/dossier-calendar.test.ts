// The working-day calendar of danh-muc-ho-so.pdf, read back with pdf.js (an independent reader):
// the counted days numbered 1-8, the day-off names and the shaded grid, in vi and en, with host days.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strFromU8, unzipSync } from 'fflate';
import { example } from '@hochieu/core/examples';
import { buildDossierWithManifest, isDocgenError, renderDocx, renderPdf } from '@hochieu/docgen';
import { flat, readPdf } from './support/pdf-reader.js';

async function checklistText(date: string, options: Record<string, unknown> = {}): Promise<{ text: string; due: string | null }> {
  const d = example('minimalAdult');
  d.submission.date = date;
  const { zip, plan } = await buildDossierWithManifest(d, {}, { date, clock: () => new Date(`${date}T03:00:00Z`), ...options });
  const pdf = unzipSync(zip)['danh-muc-ho-so.pdf'];
  assert.ok(pdf, 'the checklist is in the ZIP');
  return { text: flat((await readPdf(pdf)).pageTexts.join('\n')), due: plan.dueDate };
}

test('a dossier received before Tết 2026: two months, days 1-8 numbered, the Tết days named in the legend', async () => {
  const { text, due } = await checklistText('2026-02-12');
  assert.equal(due, '2026-03-03');
  assert.ok(text.includes('Hồ sơ nộp ngày 12/02/2026'), 'summary sentence');
  assert.ok(text.includes('hạn trả kết quả là ngày 03/03/2026'), 'summary names the due date');
  assert.ok(text.includes('Tháng 2/2026') && text.includes('Tháng 3/2026'), 'both months');
  assert.ok(text.includes('T2 T3 T4 T5 T6 T7 CN'), 'weekday header, Monday first');
  assert.ok(text.includes('12 nộp'), 'submission day');
  assert.ok(text.includes('13 (1)'), 'first counted day');
  for (const n of [2, 3, 4, 5, 6]) assert.ok(text.includes(`${22 + n - 1} (${n})`), `counted day ${n}`);
  assert.ok(text.includes('2 (7)'), 'counted day 7 in March');
  assert.ok(text.includes('3 (8) hạn'), 'due day 8');
  assert.ok(text.includes('16 nghỉ') && text.includes('20 nghỉ'), 'Tết days marked off in their cells');
  assert.ok(text.includes('16/02/2026 đến 20/02/2026: Tết Nguyên đán'), 'legend names Tết');
  assert.equal(text.match(/\(\d\)/gu)?.length, 8, 'exactly eight numbered days');
});

test('24/11/2026 and the English checklist: the culture day is named and skipped', async () => {
  const { text, due } = await checklistText('2026-11-20', { locale: 'en' });
  assert.equal(due, '2026-12-03');
  assert.ok(text.includes('Dossier submitted on 20/11/2026'), 'summary sentence in English');
  assert.ok(text.includes('Mon Tue Wed Thu Fri Sat Sun'), 'English weekday header');
  assert.ok(text.includes('24 off'), 'the culture day cell');
  assert.ok(text.includes('24/11/2026: Vietnamese Culture Day, 24 November'), 'legend');
  assert.ok(text.includes('25 (2)') && text.includes('3 (8) due'), 'counting resumes after it, due on 3 December');
});

test('the worked Saturday of January 2026 is counted and named; host days off move the picture with the due date', async () => {
  const saturday = await checklistText('2026-01-08');
  assert.ok(saturday.text.includes('10 (2) làm bù'), 'worked Saturday counted as day 2');
  assert.ok(saturday.text.includes('10/01/2026: Ngày làm việc bù (Tết Dương lịch)'), 'legend names the worked Saturday');
  const host = await checklistText('2026-03-09', { config: { daysOff: ['2026-03-10'] } });
  assert.equal(host.due, '2026-03-20');
  assert.ok(host.text.includes('10 nghỉ'), 'the host day off is off in the grid');
  assert.ok(host.text.includes('10/03/2026: Ngày nghỉ do địa phương thông báo'), 'and named');
  assert.ok(host.text.includes('20 (8) hạn'), 'the grid ends on the plan due date');
});

test('shaded cells are drawn under the text and a malformed shading is refused with a field path', async () => {
  const table = { kind: 'table', columns: [{ header: 'A', width: 1 }, { header: 'B', width: 1 }], rows: [['1', '2']], cellAlign: 'center' } as const;
  const model = (extra: Record<string, unknown>) => ({ page: { size: 'A4', marginsMm: { top: 20, right: 15, bottom: 20, left: 30 } }, metadata: { title: 't', subject: 's', language: 'vi-VN' }, blocks: [{ ...table, ...extra }] });
  const plain = await renderPdf(model({}) as never);
  const shaded = await renderPdf(model({ shaded: [[true, false]] }) as never);
  assert.ok(flat((await readPdf(shaded)).pageTexts.join(' ')).includes('1 2'), 'text still readable over the shade');
  assert.ok(shaded.length > plain.length, 'the shade adds a drawing');
  await assert.rejects(
    () => renderPdf(model({ shaded: [['yes', false]], cellAlign: 'middle' }) as never),
    (e: unknown) => isDocgenError(e) && e.issues.some((i) => i.path.endsWith('/shaded/0/0')) && e.issues.some((i) => i.path.endsWith('/cellAlign')),
  );
});

test('the DOCX renderer shades the same cells and centres them (read back from word/document.xml)', async () => {
  const model = {
    page: { size: 'A4', marginsMm: { top: 20, right: 15, bottom: 20, left: 30 } },
    metadata: { title: 't', subject: 's', language: 'vi-VN' },
    blocks: [{ kind: 'table', columns: [{ header: 'T2', width: 1 }, { header: 'CN', width: 1 }], rows: [['16 nghỉ', '17']], shaded: [[true, false]], cellAlign: 'center' }],
  };
  const xml = strFromU8(unzipSync(await renderDocx(model as never))['word/document.xml']!);
  const cells = [...xml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/gu)].map((m) => m[1]!);
  const body = cells.filter((c) => c.includes('16 nghỉ') || c.includes('>17<'));
  assert.equal(body.length, 2);
  assert.match(body.find((c) => c.includes('16 nghỉ'))!, /<w:shd [^>]*w:fill="D9D9D9"/u);
  assert.doesNotMatch(body.find((c) => c.includes('>17<'))!, /w:fill="D9D9D9"/u);
  for (const c of body) assert.match(c, /<w:jc w:val="center"\/>/u);
});

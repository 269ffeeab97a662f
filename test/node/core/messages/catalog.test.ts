// The message catalog that may receive its texts in parts (messages/catalog.ts),
// as the embed bundle uses it, and core's own synchronous module: formatting
// never throws, an id whose table is missing gives the Vietnamese text or the
// id itself, the missing table is fetched once, listeners hear of its arrival
// so a view can render again, and a failed fetch is reported and retried.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MESSAGE_AREAS,
  coreMessagesLoaded,
  createMessageCatalog,
  formatMessage,
  loadCoreMessages,
  messages,
  onCoreMessagesLoaded,
  type Locale,
  type MessageArea,
  type MessageId,
} from '@hochieu/core';

/** A loader whose fetches the test settles by hand. */
function manualLoader(tables: Record<string, Record<string, string>>) {
  const calls: string[] = [];
  const waiting = new Map<string, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  const loader = (locale: Locale, area: MessageArea): Promise<unknown> | undefined => {
    const key = `${locale}/${area}`;
    if (!(key in tables)) return undefined;
    calls.push(key);
    return new Promise((resolve, reject) => waiting.set(key, { resolve, reject }));
  };
  const settle = (key: string): void => {
    const w = waiting.get(key);
    assert.ok(w, `a fetch of ${key} is waiting`);
    waiting.delete(key);
    w.resolve({ default: tables[key] });
  };
  const fail = (key: string): void => {
    const w = waiting.get(key);
    assert.ok(w, `a fetch of ${key} is waiting`);
    waiting.delete(key);
    w.reject(new Error(`offline: ${key}`));
  };
  return { loader, calls, settle, fail };
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

test('an id whose table is not loaded gives the id, fetches the table once, and is formatted once it arrives', async () => {
  const { loader, calls, settle } = manualLoader({ 'vi/form': { 'error.required': 'Nhập {field}' } });
  const catalog = createMessageCatalog(loader);
  let heard = 0;
  catalog.onLoaded(() => {
    heard += 1;
  });
  assert.equal(catalog.loaded('vi', 'form'), false);
  assert.equal(catalog.format('error.required', { field: 'họ' }), 'error.required');
  assert.equal(catalog.format('error.required', { field: 'họ' }), 'error.required');
  assert.deepEqual(calls, ['vi/form'], 'one fetch however often the id is asked for');
  assert.equal(heard, 0);
  settle('vi/form');
  await tick();
  assert.equal(heard, 1, 'listeners hear of the arrival');
  assert.equal(catalog.loaded('vi', 'form'), true);
  assert.equal(catalog.format('error.required', { field: 'họ' }), 'Nhập họ');
  assert.equal(catalog.has('error.required'), true);
});

test('an English text not loaded yet falls back to the Vietnamese one and fetches the English table', async () => {
  const { loader, calls, settle } = manualLoader({ 'en/plan': { 'procedure.fee.title': 'Fee' } });
  const catalog = createMessageCatalog(loader);
  catalog.register('vi', 'plan', { 'procedure.fee.title': 'Lệ phí' });
  assert.equal(catalog.format('procedure.fee.title', {}, 'en'), 'Lệ phí');
  assert.deepEqual(calls, ['en/plan']);
  settle('en/plan');
  await tick();
  assert.equal(catalog.format('procedure.fee.title', {}, 'en'), 'Fee');
  assert.equal(catalog.format('procedure.fee.title', {}, 'vi'), 'Lệ phí');
});

test('a failed fetch is reported, never thrown, and the next use tries again', async () => {
  const { loader, calls, settle, fail } = manualLoader({ 'vi/reference': { 'procedure.step.prepare.title': 'Chuẩn bị hồ sơ' } });
  const errors: unknown[] = [];
  const catalog = createMessageCatalog(loader, (reason) => errors.push(reason));
  assert.equal(catalog.format('procedure.step.prepare.title'), 'procedure.step.prepare.title');
  fail('vi/reference');
  await tick();
  assert.equal(errors.length, 1);
  assert.match(String(errors[0]), /offline/u);
  assert.equal(catalog.loaded('vi', 'reference'), false);
  assert.equal(catalog.format('procedure.step.prepare.title'), 'procedure.step.prepare.title');
  assert.deepEqual(calls, ['vi/reference', 'vi/reference'], 'fetched again after the failure');
  settle('vi/reference');
  await tick();
  assert.equal(catalog.format('procedure.step.prepare.title'), 'Chuẩn bị hồ sơ');
});

test('load() rejects for a table no loader has, and load(locale) waits for every area', async () => {
  const tables: Record<string, Record<string, string>> = {};
  for (const area of MESSAGE_AREAS) tables[`en/${area}`] = { [`x.${area}`]: area };
  const { loader, calls, settle } = manualLoader(tables);
  const catalog = createMessageCatalog(loader);
  await assert.rejects(catalog.load('vi', 'form'), /no form messages for locale vi/u);
  let done = false;
  const all = catalog.load('en').then(() => {
    done = true;
  });
  assert.deepEqual([...calls].sort(), MESSAGE_AREAS.map((a) => `en/${a}`).sort());
  for (const area of MESSAGE_AREAS.slice(0, -1)) settle(`en/${area}`);
  await tick();
  assert.equal(done, false, 'not done while an area is missing');
  assert.equal(catalog.loaded('en'), false);
  settle(`en/${MESSAGE_AREAS[MESSAGE_AREAS.length - 1]}`);
  await all;
  assert.equal(catalog.loaded('en'), true);
});

test('a loader that registers the table itself is enough; ids registered first keep their text', async () => {
  const catalog = createMessageCatalog((locale, area) =>
    Promise.resolve().then(() => catalog.register(locale, area, { 'label.applicant.sex': 'Giới tính' })),
  );
  catalog.register('vi', 'form', { 'label.applicant.familyName': 'Họ' });
  catalog.register('vi', 'form', { 'label.applicant.familyName': 'Tên khác' });
  assert.equal(catalog.format('label.applicant.familyName'), 'Họ');
  await catalog.load('en', 'form');
  assert.equal(catalog.format('label.applicant.sex', {}, 'en'), 'Giới tính');
});

test('unknown ids and missing parameters never throw; a parameter that is a loaded id is translated', () => {
  const catalog = createMessageCatalog();
  catalog.register('vi', 'form', { 'error.required': 'Nhập {field}', 'label.applicant.familyName': 'Họ' });
  catalog.register('en', 'form', { 'error.required': 'Enter {field}', 'label.applicant.familyName': 'family name' });
  assert.equal(catalog.format('error.nothing.here'), 'error.nothing.here');
  assert.equal(catalog.format('error.required'), 'Nhập {field}');
  assert.equal(catalog.format('error.required', { field: 'label.applicant.familyName' }, 'en'), 'Enter family name');
  assert.equal(catalog.format('error.required', { field: 'label.unknown' }), 'Nhập label.unknown');
  assert.equal(catalog.format('error.required', { field: 3 }), 'Nhập 3');
  assert.equal(catalog.has('error.nothing.here'), false);
});

test('core’s own module has every text at once: every area loaded, no fetch, no late arrival', async () => {
  for (const locale of ['vi', 'en'] as const) {
    assert.equal(coreMessagesLoaded(locale), true);
    for (const area of MESSAGE_AREAS) assert.equal(coreMessagesLoaded(locale, area), true);
    await loadCoreMessages(locale);
    await loadCoreMessages(locale, 'form');
  }
  let heard = 0;
  const stop = onCoreMessagesLoaded(() => {
    heard += 1;
  });
  // A label inside a sentence starts lower-case (issue 13): "Nhập họ", not "Nhập Họ".
  const familyName = messages['label.applicant.familyName'].vi;
  assert.equal(formatMessage('error.required', { field: 'label.applicant.familyName' }, 'vi'), `Nhập ${familyName.charAt(0).toLocaleLowerCase('vi')}${familyName.slice(1)}`);
  for (const [id, text] of Object.entries(messages)) {
    assert.equal(formatMessage(id as MessageId, {}, 'vi').length > 0, true);
    if (!/\{\w+\}/u.test(text.en)) assert.equal(formatMessage(id as MessageId, {}, 'en'), text.en, id);
  }
  assert.equal(formatMessage('no.such.id' as MessageId), 'no.such.id');
  stop();
  assert.equal(heard, 0);
});

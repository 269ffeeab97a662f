// docs/data-status.md from core's dated facts (packages/core/src/freshness):
//   node --import tsx scripts/write-data-status.ts            writes the file
//   node --import tsx scripts/write-data-status.ts --due [N]  prints the facts whose review is due
//                                                             within N days (default 60) of today, or
//                                                             of --today YYYY-MM-DD; never fails
// The Node test test/node/core/freshness/data-status.test.ts fails when the file is stale.
import { writeFileSync } from 'node:fs';
import { dataStatusMarkdown, datedFacts, reviewsDue, vietnamDateOf } from '../packages/core/src/index.js';

const args = process.argv.slice(2);
if (args.includes('--due')) {
  const n = Number(args[args.indexOf('--due') + 1]);
  const days = Number.isInteger(n) && n > 0 ? n : 60;
  const t = args.indexOf('--today');
  const today = t >= 0 && args[t + 1] ? args[t + 1]! : vietnamDateOf(new Date());
  const due = reviewsDue(today, datedFacts(), days);
  if (due.length === 0) {
    console.log(`Data status: no dated fact is due for review within ${days} days of ${today}.`);
  } else {
    console.log(`Data status: ${due.length} dated fact(s) due for review within ${days} days of ${today} (see docs/data-status.md):`);
    for (const d of due) {
      const when = d.freshUntil < today ? `overdue since ${d.freshUntil}` : `fresh until ${d.freshUntil}`;
      console.log(`  - ${d.fact.id} (${when}; checked ${d.fact.checkedOn})${d.fact.next ? `: ${d.fact.next}` : ''}`);
    }
  }
} else {
  writeFileSync(new URL('../docs/data-status.md', import.meta.url), dataStatusMarkdown(datedFacts()));
  console.log('wrote docs/data-status.md');
}

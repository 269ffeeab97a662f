import { buildDeclarationPdf } from '../packages/docgen/src/index.js';
import { validExamples } from '../packages/core/src/examples/valid.js';
import { getDocument } from './node_modules/pdfjs-dist/legacy/build/pdf.mjs';
const pdf = await buildDeclarationPdf((validExamples as any)[process.argv[2]!], { date: '2026-11-21', clock: () => new Date('2026-11-21T03:00:00Z') });
const d = await getDocument({ data: pdf }).promise;
for (let p = 1; p <= d.numPages; p++) { const t = await (await d.getPage(p)).getTextContent(); console.log('--- page', p); let line=''; let y=null as any; for (const i of t.items as any[]) { if (y!==null && Math.abs(i.transform[5]-y)>2) { console.log(line); line=''; } y=i.transform[5]; line+=i.str; } console.log(line); }

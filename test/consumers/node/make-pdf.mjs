// A Node consumer: builds the declaration PDF of an example and writes it to
// the path given as the first argument; prints the plan's form and fee as JSON.
import { writeFileSync } from 'node:fs';
import { planApplication, validateDeclaration } from '@hochieu/core';
import { example } from '@hochieu/core/examples';
import { buildDeclarationPdf } from '@hochieu/docgen';

const declaration = example('minimalAdult');
const date = '2026-11-23';
const issues = validateDeclaration(declaration, { date });
const pdf = await buildDeclarationPdf(declaration, { date });
writeFileSync(process.argv[2], pdf);
const plan = planApplication(declaration, { date });
console.log(JSON.stringify({ issues: issues.length, form: plan.form, bytes: pdf.length }));

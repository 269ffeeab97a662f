// Demo page: until the widget exists it shows what core decides for each
// named example declaration (form, age on the submission date).
import { chooseForm } from '@hochieu/core';
import { validExamples } from '@hochieu/core/examples';

const app = document.getElementById('app')!;
const rows = Object.entries(validExamples).map(([name, d]) => {
  const choice = chooseForm(d.applicant.dateOfBirth, d.submission.date);
  const tr = document.createElement('tr');
  for (const cell of [name, `${d.applicant.familyName} ${d.applicant.givenNames}`, choice.form ?? '?']) {
    const td = document.createElement('td');
    td.textContent = cell;
    tr.append(td);
  }
  return tr;
});
const h1 = document.createElement('h1');
h1.textContent = 'hochieu: Lạng Sơn';
const table = document.createElement('table');
table.append(...rows);
app.append(h1, table);

/**
 * Which declaration form applies: TK01 for a person who is 14 or older on the
 * submission date, TK01a for a person under 14 (Thông tư 31/2023/TT-BCA,
 * Điều 4). The switch happens exactly on the 14th birthday (see `ageOn`).
 */
import { ageOn, dateOfAge, formatIsoDate, parseIsoDate, parsePartialDate } from '../dates/iso.js';
import type { FormId } from '../declaration/types.js';

export const TK01A_AGE_LIMIT = 14;

export type FormChoice =
  | { form: FormId; age: number; fourteenthBirthday: string }
  /**
   * A year alone cannot decide when the person turns 14 in the submission year or the year before;
   * a birth date after the submission date is a typing mistake (its own error), which decides nothing:
   * an adult who types a future year is not switched to TK01a.
   */
  | { form: null; reason: 'yearOnlyAmbiguous' | 'invalidDate' | 'birthAfterDate' };

export function chooseForm(dateOfBirth: string, submissionDate: string): FormChoice {
  const on = parseIsoDate(submissionDate);
  const birth = parsePartialDate(dateOfBirth);
  if (!on || !birth) return { form: null, reason: 'invalidDate' };
  if (birth.precision === 'year') {
    if (birth.year > on.year) return { form: null, reason: 'birthAfterDate' };
    // Youngest possible age: born on 31 December; oldest: born on 1 January.
    const youngest = ageOn({ year: birth.year, month: 12, day: 31 }, on);
    const oldest = ageOn({ year: birth.year, month: 1, day: 1 }, on);
    const youngestForm: FormId = youngest >= TK01A_AGE_LIMIT ? 'TK01' : 'TK01a';
    const oldestForm: FormId = oldest >= TK01A_AGE_LIMIT ? 'TK01' : 'TK01a';
    if (youngestForm !== oldestForm) return { form: null, reason: 'yearOnlyAmbiguous' };
    return { form: youngestForm, age: youngest, fourteenthBirthday: String(birth.year + TK01A_AGE_LIMIT) };
  }
  const age = ageOn(birth, on);
  if (age < 0) return { form: null, reason: 'birthAfterDate' };
  return {
    form: age >= TK01A_AGE_LIMIT ? 'TK01' : 'TK01a',
    age,
    fourteenthBirthday: formatIsoDate(dateOfAge(birth, TK01A_AGE_LIMIT)),
  };
}

/**
 * Internal helpers that build the `provenance` of a text (see `TextWording`
 * in types.ts). Not part of the public API.
 */
import type { Provenance } from '../config/types.js';
import type { TextProvenance } from './types.js';

export function verbatim(source: string, confidence: Provenance['confidence'] = 'S1', extra?: Partial<TextProvenance>): TextProvenance {
  return { wording: 'verbatim', source, confidence, ...extra };
}

export function excerpt(source: string, confidence: Provenance['confidence'] = 'S1', extra?: Partial<TextProvenance>): TextProvenance {
  return { wording: 'excerpt', source, confidence, ...extra };
}

export function paraphrased(source: string, confidence: Provenance['confidence'], extra?: Partial<TextProvenance>): TextProvenance {
  return { wording: 'paraphrased', source, confidence, ...extra };
}

export function editorial(source: string, confidence: Provenance['confidence'], note?: string): TextProvenance {
  return note === undefined ? { wording: 'editorial', source, confidence } : { wording: 'editorial', source, confidence, note };
}

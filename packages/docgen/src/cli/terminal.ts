/**
 * Text for a terminal: office names from a configuration, file names and
 * contents of a declaration may hold control characters (ESC sequences that
 * move the cursor, retitle the window or hide text) or bidirectional overrides
 * (U+202E turns "fdp.exe" round). Every line the command line prints passes
 * here: C0 controls other than line feed and tab, DEL, C1 controls, the bidi
 * embeddings, overrides and isolates, and the line/paragraph separators are
 * shown as `\uXXXX`. The same spelling is a valid JSON escape, so `--json`
 * output stays valid JSON after it.
 */

const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]/gu;

export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

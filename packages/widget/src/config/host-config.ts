/**
 * The host configuration of an embedded widget, from the two places a
 * webmaster or developer can put it: a child `<script type="application/json">`
 * of the element (read by read-config.ts, re-exported here) and the element's
 * `config` property (for developers). The two are merged key by key (the
 * property wins), then checked as a whole by core's `checkHostConfig`. A
 * configuration with any problem is not applied at all: the defaults stay in
 * force and the problems are returned, to be shown to the webmaster inside
 * the element and in the console. `<hochieu-app>` loads this module only when
 * a configuration is given (in the embed bundle, a lazy chunk with the
 * check, its texts and the notice's strings).
 */
import { checkHostConfig, isMessageId, type MessageId } from '@hochieu/core';
import { configGiven, type ConfigProblem, type ResolvedConfig, type ScriptConfig } from './read-config.js';
import type { configStringsVi } from './strings.vi.js';
import './strings.vi.js';

export * from './read-config.js';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** For the webmaster, in the console (both languages: the page's language is not known yet): the configuration still applies. */
export const RETIRED_VERSIONS_NOTICE =
  'hochieu: "enabledFormVersions" không còn tác dụng: mẫu tờ khai theo ngày nộp (Thông tư 31/2023 đến 30/6/2026, Thông tư 69/2026 từ 01/7/2026). ' +
  'Để giữ mẫu năm 2023, dùng "pinnedFormVersion": "TT31_2023". / "enabledFormVersions" has no effect any more: the form follows the submission date ' +
  '(Thông tư 31/2023 until 30/6/2026, Thông tư 69/2026 from 1/7/2026). To keep the 2023 forms, set "pinnedFormVersion": "TT31_2023".';

/**
 * Merges the script child's configuration and the `config` property (the
 * property's keys win) and checks the result. Undefined sources are skipped.
 */
export function resolveConfig(script: ScriptConfig, property: unknown): ResolvedConfig {
  const given = configGiven(script, property);
  if (!given) return { config: {}, problems: [], given };
  if (script && 'problem' in script) return { config: {}, problems: [script.problem], given };
  const fromScript = script?.value;
  let merged: unknown;
  if (fromScript === undefined) merged = property;
  else if (property === undefined) merged = fromScript;
  else if (isPlainObject(fromScript) && isPlainObject(property)) merged = { ...fromScript, ...property };
  else merged = isPlainObject(fromScript) ? property : fromScript;
  const check = checkHostConfig(merged);
  if (check.notices?.some((n) => n.id === 'config.enabledFormVersionsRetired')) console.warn(RETIRED_VERSIONS_NOTICE);
  if (check.config && check.problems.length === 0) return { config: check.config, problems: [], given };
  return { config: {}, problems: check.problems, given };
}

/** Formats one problem with the element's translators: `t` for widget ids, `tCore` for core's. */
export function describeProblem(
  problem: ConfigProblem,
  t: (id: ConfigMessageId, params?: Record<string, string>) => string,
  tCore: (id: MessageId, params?: Record<string, string | number>) => string,
): string {
  if (problem.id === 'config.jsonSyntax') return t('config.jsonSyntax', { detail: 'detail' in problem ? problem.detail : '' });
  // Core words its own `config.text.*` problems (characters that cannot print, lengths), with their values.
  if (problem.id.startsWith('config.text.') || isMessageId(problem.id)) {
    return tCore(problem.id as MessageId, 'params' in problem ? problem.params : undefined);
  }
  if (problem.id.startsWith('config.')) return t(problem.id as ConfigMessageId);
  return tCore(problem.id as MessageId);
}

/** The widget message ids of configuration problems. */
export type ConfigMessageId = keyof typeof configStringsVi;

/** Writes the problems to the console as one error the webmaster can read (path: message, one per line). */
export function logConfigProblems(
  tag: string,
  problems: readonly ConfigProblem[],
  describe: (p: ConfigProblem) => string,
  heading: string,
  rootLabel: string,
): void {
  if (problems.length === 0) return;
  const lines = problems.map((p) => `  - ${p.path === '' ? rootLabel : p.path}: ${describe(p)}`);
  console.error(`${tag}: ${heading}\n${lines.join('\n')}`, problems);
}

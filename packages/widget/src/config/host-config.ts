/**
 * The host configuration of an embedded widget, from the two places a
 * webmaster or developer can put it: a child `<script type="application/json">`
 * of the element (for pages edited by hand or in a CMS, no JavaScript needed)
 * and the element's `config` property (for developers). The two are merged key
 * by key (the property wins), then checked as a whole by core's
 * `checkHostConfig`. A configuration with any problem is not applied at all:
 * the defaults stay in force and the problems are returned, to be shown to the
 * webmaster inside the element and in the console. The JSON is read with
 * `JSON.parse` only (RFC 8259); nothing in it is ever executed or inserted as
 * markup.
 */
import {
  checkHostConfig,
  type FeeRule,
  type HostConfig,
  type HostConfigExtras,
  type HostConfigProblem,
  type MessageId,
  type Office,
  type ProvinceConfig,
} from '@hochieu/core';
import type { configStringsVi } from './strings.vi.js';

/**
 * The configuration a host writes (the JSON format of the README): `HostConfig`
 * with the province written flat (`province` id, `offices`, `defaultOffice`)
 * or as a `ProvinceConfig`, offices with only `id`, `name` and `address`
 * required, the `qr` opt-in, and `_` / `$` keys as comments.
 */
export interface HostConfigInput extends Omit<HostConfig, 'province' | 'fees'>, HostConfigExtras {
  province?: string | ProvinceConfig;
  /** Fee rules; `priority` (default 100) and `provenance` (default: the host) may be left out. */
  fees?: (Pick<FeeRule, 'id' | 'validFrom' | 'amounts' | 'basis'> & Partial<FeeRule>)[];
  offices?: (Pick<Office, 'id' | 'name' | 'address'> & Partial<Office>)[];
  defaultOffice?: string;
  [comment: `_${string}` | `$${string}`]: unknown;
}

/** A configuration problem: core's (path and id), or the JSON syntax error of the script child. */
export type ConfigProblem = HostConfigProblem | { readonly path: string; readonly id: 'config.jsonSyntax'; readonly detail: string };

/** What the element works with. */
export interface ResolvedConfig {
  /** The configuration in force: the host's when it is valid, else `{}` (the defaults). */
  readonly config: HostConfig & HostConfigExtras;
  /** Empty when the host's configuration applies. */
  readonly problems: readonly ConfigProblem[];
  /** Whether the host gave any configuration at all. */
  readonly given: boolean;
}

/** The raw value of the element's configuration script child, or a syntax problem. */
export type ScriptConfig = { readonly value: unknown } | { readonly problem: ConfigProblem } | null;

const JSON_TYPES = new Set(['application/json', 'application/hochieu+json']);

/** The first direct child `<script type="application/json">` of `host`, if any. */
export function configScriptOf(host: Element): HTMLScriptElement | null {
  for (const child of Array.from(host.children)) {
    if (child instanceof HTMLScriptElement && JSON_TYPES.has(child.type.trim().toLowerCase())) return child;
  }
  return null;
}

/** Parses the configuration script child of `host`; null when there is none or it is blank. */
export function readConfigScript(host: Element): ScriptConfig {
  const script = configScriptOf(host);
  const text = script?.textContent?.trim() ?? '';
  if (text === '') return null;
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { problem: { path: '', id: 'config.jsonSyntax', detail } };
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Merges the script child's configuration and the `config` property (the
 * property's keys win) and checks the result. Undefined sources are skipped.
 */
export function resolveConfig(script: ScriptConfig, property: unknown): ResolvedConfig {
  const given = script !== null || property !== undefined;
  if (!given) return { config: {}, problems: [], given };
  if (script && 'problem' in script) return { config: {}, problems: [script.problem], given };
  const fromScript = script?.value;
  let merged: unknown;
  if (fromScript === undefined) merged = property;
  else if (property === undefined) merged = fromScript;
  else if (isPlainObject(fromScript) && isPlainObject(property)) merged = { ...fromScript, ...property };
  else merged = isPlainObject(fromScript) ? property : fromScript;
  const check = checkHostConfig(merged);
  if (check.config && check.problems.length === 0) return { config: check.config, problems: [], given };
  return { config: {}, problems: check.problems, given };
}

/** Formats one problem with the element's translators: `t` for widget ids, `tCore` for core's. */
export function describeProblem(
  problem: ConfigProblem,
  t: (id: ConfigMessageId, params?: Record<string, string>) => string,
  tCore: (id: MessageId) => string,
): string {
  if (problem.id === 'config.jsonSyntax') return t('config.jsonSyntax', { detail: 'detail' in problem ? problem.detail : '' });
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

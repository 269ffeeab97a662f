/**
 * Reading the host configuration of an embedded widget from the page, without
 * checking it: the child `<script type="application/json">` of the element
 * (for pages edited by hand or in a CMS, no JavaScript needed), parsed with
 * `JSON.parse` only (RFC 8259; nothing in it is ever executed or inserted as
 * markup), and whether a host gave any configuration at all. The check
 * itself (core's `checkHostConfig`, host-config.ts) is heavier and is needed
 * only when a configuration is given, so the embed bundle loads it then
 * (issue 9, first-load budget).
 */
import type { FeeRule, HostConfig, HostConfigExtras, HostConfigProblem, Office, ProvinceConfig } from '@hochieu/core';

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

/** Whether a host gave any configuration (a script child, even a broken one, or the `config` property). */
export function configGiven(script: ScriptConfig, property: unknown): boolean {
  return script !== null || property !== undefined;
}

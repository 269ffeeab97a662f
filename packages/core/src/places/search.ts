/**
 * Suggestions for the place chooser of "Nơi sinh (tỉnh, thành phố)", which
 * on TK01/TK01a takes a province or city, or the name of a country when the
 * applicant was born abroad (note (3), Thông tư 31/2023/TT-BCA). Birth
 * papers issued before 1/7/2025 name one of the 63 former units, so those
 * are offered too, each with the current unit it now belongs to. Matching is
 * accent- and case-insensitive (`foldVietnamese`); results are ranked by how
 * well they match (whole name, start of the name, start of a word, any
 * substring), then current units before former ones before countries. The
 * same ranking serves the ethnic-group and religion suggestions.
 */
import { COUNTRIES } from './countries.js';
import { ETHNICITIES, type Ethnicity } from './ethnicities.js';
import { bestTier, foldVietnamese, wordKey, type MatchTier } from './fold.js';
import { CURRENT_PROVINCES, FORMER_PROVINCES, withoutAdministrativePrefix } from './provinces.js';
import { RELIGIONS, type Religion } from './religions.js';

export { foldVietnamese };

export type PlaceKind = 'current' | 'former' | 'country';

export interface PlaceSuggestion {
  kind: PlaceKind;
  /** Province id (current or former) or ISO 3166-1 alpha-2 code. */
  id: string;
  /** Name to show, and to write in the field. */
  name: string;
  /** For a former unit: id and name of the current unit it belongs to (shown with `places.former.nowPartOf`). */
  mergedInto?: { id: string; name: string };
  /** Birth-registration code of a former unit. */
  code?: string;
}

export interface SearchPlacesOptions {
  /** Kinds to search; default all three. */
  include?: readonly PlaceKind[];
  /** Most results to return; default 10. */
  limit?: number;
}

interface Entry {
  suggestion: PlaceSuggestion;
  keys: string[];
  kindRank: number;
  order: number;
}

const KIND_RANK: Record<PlaceKind, number> = { current: 0, former: 1, country: 2 };

let entries: Entry[] | undefined;

function keysOf(texts: readonly (string | undefined)[], isProvince = false): string[] {
  const keys = new Set<string>();
  for (const text of texts) {
    if (text === undefined) continue;
    const key = wordKey(text);
    if (key === '') continue;
    keys.add(key);
    if (isProvince) keys.add(withoutAdministrativePrefix(key));
  }
  return [...keys];
}

function buildEntries(): Entry[] {
  const list: Entry[] = [];
  const currentIds = new Set(CURRENT_PROVINCES.map((p) => p.id));
  const currentNames = new Map(CURRENT_PROVINCES.map((p) => [p.id, p.name]));
  for (const p of CURRENT_PROVINCES) {
    list.push({
      suggestion: { kind: 'current', id: p.id, name: p.name },
      keys: keysOf([p.name, p.shortName, p.nameEn, ...(p.aliases ?? [])], true),
      kindRank: KIND_RANK.current,
      order: list.length,
    });
  }
  for (const f of FORMER_PROVINCES) {
    list.push({
      suggestion: {
        kind: 'former',
        id: f.id,
        name: f.name,
        mergedInto: { id: f.mergedInto, name: currentNames.get(f.mergedInto) ?? f.mergedInto },
        code: f.code,
      },
      keys: keysOf([f.name], true),
      // A former unit that is also a current one (same id) is found through the current one.
      kindRank: currentIds.has(f.id) ? -1 : KIND_RANK.former,
      order: list.length,
    });
  }
  for (const c of COUNTRIES) {
    list.push({
      suggestion: { kind: 'country', id: c.code, name: c.name },
      keys: keysOf([c.name, c.nameEn, ...c.aliases]),
      kindRank: KIND_RANK.country,
      order: list.length,
    });
  }
  return list;
}

/** The query as a word key, with "tỉnh"/"thành phố"/"TP" in front dropped when something follows. */
function queryKey(query: string): string {
  return withoutAdministrativePrefix(wordKey(query));
}

function rank<T>(
  candidates: readonly T[],
  query: string,
  keysOfCandidate: (candidate: T) => readonly string[],
  secondary: (candidate: T) => number,
  limit: number,
): T[] {
  const scored: { candidate: T; tier: MatchTier; secondary: number; order: number }[] = [];
  candidates.forEach((candidate, order) => {
    const tier = bestTier(query, keysOfCandidate(candidate));
    if (tier !== undefined) scored.push({ candidate, tier, secondary: secondary(candidate), order });
  });
  scored.sort((a, b) => a.tier - b.tier || a.secondary - b.secondary || a.order - b.order);
  return scored.slice(0, Math.max(0, limit)).map((s) => s.candidate);
}

/**
 * Places whose name matches a typed query, best first. An empty query gives
 * no suggestions. A former unit with the same id as a current one (a unit
 * that was not merged away, e.g. Lạng Sơn) is not repeated.
 */
export function searchPlaces(query: string, options: SearchPlacesOptions = {}): PlaceSuggestion[] {
  const include = new Set<PlaceKind>(options.include ?? ['current', 'former', 'country']);
  const limit = options.limit ?? 10;
  const key = queryKey(query);
  if (key === '' || limit <= 0) return [];
  entries ??= buildEntries();
  const candidates = entries.filter((e) => {
    if (!include.has(e.suggestion.kind)) return false;
    // Skip a former unit that duplicates a current one, unless current units are not searched.
    return !(e.kindRank === -1 && include.has('current'));
  });
  return rank(
    candidates,
    key,
    (e) => e.keys,
    (e) => (e.kindRank === -1 ? KIND_RANK.former : e.kindRank),
    limit,
  ).map((e) => e.suggestion);
}

let ethnicityKeys: Map<Ethnicity, string[]> | undefined;

/** Ethnic groups matching a typed query (display name, official entry or variant), best first; default 10. */
export function searchEthnicities(query: string, limit = 10): Ethnicity[] {
  const key = wordKey(query);
  if (key === '') return [];
  ethnicityKeys ??= new Map(ETHNICITIES.map((e) => [e, keysOf([e.name, e.officialName, ...e.variants])]));
  const keys = ethnicityKeys;
  return rank(ETHNICITIES, key, (e) => keys.get(e) ?? [], () => 0, limit);
}

let religionKeys: Map<Religion, string[]> | undefined;

/** Religions matching a typed query, best first; default 10. */
export function searchReligions(query: string, limit = 10): Religion[] {
  const key = wordKey(query);
  if (key === '') return [];
  religionKeys ??= new Map(RELIGIONS.map((r) => [r, keysOf([r.name, r.officialName, ...r.variants])]));
  const keys = religionKeys;
  return rank(RELIGIONS, key, (r) => keys.get(r) ?? [], () => 0, limit);
}

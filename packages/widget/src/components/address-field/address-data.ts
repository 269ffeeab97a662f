/**
 * The admin-unit tables of `@hochieu/core/address` (34 provinces, 3,321
 * communes, the former units and the merger table: about 85 kB gzip) are not
 * part of the widget's first load: they are fetched with `import()` the first
 * time an address field is focused or the ID card QR prefill runs, once for
 * the page, then shared by every address field. Fields that rendered before
 * hear about the arrival through `onAddressData`.
 */
export type AddressModule = typeof import('@hochieu/core/address');

let loaded: AddressModule | undefined;
let loading: Promise<AddressModule> | undefined;
const listeners = new Set<(module: AddressModule) => void>();

/** Starts loading (once) and resolves to the module. */
export function loadAddressData(): Promise<AddressModule> {
  loading ??= import('@hochieu/core/address').then(
    (module) => {
      loaded = module;
      for (const listener of listeners) listener(module);
      return module;
    },
    (err: unknown) => {
      loading = undefined; // a later focus may try again (e.g. after a network hiccup)
      throw err;
    },
  );
  return loading;
}

/** The module when it has arrived, else undefined (nothing is loaded by asking). */
export function addressData(): AddressModule | undefined {
  return loaded;
}

/** Calls `listener` when the module arrives; returns the unsubscribe function. */
export function onAddressData(listener: (module: AddressModule) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

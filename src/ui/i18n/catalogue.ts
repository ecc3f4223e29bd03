// The shape every catalogue has: nested objects of strings. Key parity between languages is checked by
// tests/ui/i18n (a test, not a type, so other features can add English keys before the translation lands).

/** A translation catalogue (or a part of one). */
export interface Catalogue {
  readonly [key: string]: string | Catalogue;
}

/**
 * The built-in offline tables of the entities stage: countries, territories
 * and regions generated from @rapideditor/country-coder
 * (`../generated/places.js`, see `scripts/gen-entities.mjs`) plus the
 * curated table (`./known.ts`). Static imports only — no network and no file
 * system at run time — so it works in bundles and edge runtimes.
 */
import {places} from '../generated/places.js'
import type {KnownEntity} from '../types.js'
import {curatedEntities} from './known.js'

/**
 * Merges tables: rows of `first` win. A row of `rest` whose name is a name or
 * alias in `first` is dropped; its aliases that `first` uses are removed.
 */
export function mergeKnown(first: readonly KnownEntity[], rest: readonly KnownEntity[]): KnownEntity[] {
  const taken = new Set(first.flatMap((e) => [e.name, ...(e.aliases ?? [])]))
  const kept = rest
    .filter((e) => !taken.has(e.name))
    .map((e) => {
      const aliases = e.aliases?.filter((a) => !taken.has(a))
      return aliases && aliases.length !== e.aliases?.length ? {...e, aliases} : e
    })
  return [...first, ...kept]
}

/** Every built-in known entity: the curated table first (it wins on a name clash), then the places. */
export const builtInEntities: readonly KnownEntity[] = mergeKnown(curatedEntities, places)

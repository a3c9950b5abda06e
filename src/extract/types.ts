import type {Point} from '../types.js'

/** Where a field's value came from: the rule that won and the source position. */
export interface Provenance {
  /** Rule id, e.g. `jsonld`, `meta:og:title`, `byline`, `h1`. */
  rule: string
  /** Position of the source element in the page, when the value came from the page. */
  position?: Point
}

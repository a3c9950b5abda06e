/**
 * The `<script>` element ldpress writes into pages. The `data-ldpress`
 * attribute marks it as ours, so a later run replaces it instead of adding a
 * second one.
 */
import {toJsonLd} from './json.js'

export interface ScriptTagOptions {
  /** Indentation of the JSON, as for `JSON.stringify`. Default: none. */
  space?: number | string
  /** Extra attributes, e.g. `{nonce: '…'}` for a Content Security Policy; written in insertion order after `data-ldpress`. */
  attributes?: Record<string, string>
}

/** The fixed start of ldpress's script element: `injectJsonLd` finds its own tag by `data-ldpress`. */
const scriptStart = '<script type="application/ld+json" data-ldpress'

/** Attributes that define the element as ours: setting them again would create a duplicate the browser ignores. */
const reserved = new Set(['type', 'data-ldpress'])

/** A conservative attribute-name grammar: anything else could end the tag or inject another attribute. */
const attributeName = /^[A-Za-z_:][-A-Za-z0-9_.:]*$/

/**
 * Wrap a graph in `<script type="application/ld+json" data-ldpress>…</script>`.
 *
 * Why this is safe to paste into any HTML: the JSON comes from `toJsonLd`, which
 * contains no `<`, `>` or `&` at all, so no `</script>`, `<!--` or character
 * reference can end or change the element, whatever the strings in the graph;
 * attribute values are escaped and attribute names checked.
 *
 * @throws {TypeError} on an attribute name that is not a plain name, on `type` or
 *   `data-ldpress` in `attributes`, or on a graph `toJsonLd` cannot serialise.
 * @see https://developers.google.com/search/docs/appearance/structured-data/intro-structured-data#structured-data-format
 */
export function toScriptTag(graph: unknown, options: ScriptTagOptions = {}): string {
  const json = toJsonLd(graph, {space: options.space})
  return `${scriptStart}${attributesOf(options.attributes ?? {})}>${json}</script>`
}

function attributesOf(attributes: Record<string, string>): string {
  let text = ''
  for (const name of Object.keys(attributes)) {
    if (!attributeName.test(name)) {
      throw new TypeError(`toScriptTag: invalid attribute name ${JSON.stringify(name)}`)
    }
    if (reserved.has(name.toLowerCase())) {
      throw new TypeError(`toScriptTag: the ${JSON.stringify(name)} attribute is set by ldpress and cannot be overridden`)
    }
    text += ` ${name}="${escapeAttribute(String(attributes[name]))}"`
  }
  return text
}

/** Escape a double-quoted attribute value (`<` too, for old parsers and serialisers that treat it specially). */
function escapeAttribute(value: string): string {
  // A raw CR would be read back as LF (HTML normalises line breaks before tokenizing); a reference is not normalised.
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/\r/g, '&#13;')
}

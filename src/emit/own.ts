/**
 * Find the script elements ldpress wrote on an earlier run: `<script data-ldpress>`
 * as a browser sees the page.
 *
 * rehype-parse parses with scripting off, so `<noscript>` holds elements for
 * it; a browser (scripting on) reads `<noscript>` as raw text up to the next
 * `</noscript>`, wherever that stands: even inside what the first parse took
 * for an attribute value (`<noscript><html class="</noscript><script …>`), so
 * a script may exist for one reading only. A page with a `<noscript>` is
 * therefore parsed again with scripting on, and its scripts are taken from
 * that tree. (Inside `<svg>` or `<math>` a `<noscript>` is an ordinary element
 * either way, and the parser knows it.)
 * @see https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-inbody (the `noscript` start tag)
 */
import type {Element, Root} from 'hast'
import {parseToHast} from '../parse/hast.js'
import {walkElements} from '../parse/index.js'

/**
 * Script elements carrying `data-ldpress`, in document order, as a browser
 * reads the page (`source`, of which `tree` is the scripting-off parse). Not
 * inside `<template>` (inert) or `<noscript>`.
 */
export function ownScripts(source: string, tree: Root): Element[] {
  // Attribute names are read as written, only lowercased (no character references, no NUL turned into letters): a
  // page without the text `data-ldpress` has no script of ours in any reading, and needs no second parse.
  if (!/data-ldpress/i.test(source)) return []
  const seen = hasNoscript(source) ? parseToHast(source, {scripting: true, verbose: true}) : tree
  const found: Element[] = []
  walkElements(seen, (element) => {
    if (element.tagName === 'script' && isOurs(element) && element.position) found.push(element)
    return undefined
  })
  return found
}

/** Whether the page may hold a `<noscript>`: its tag anywhere in the source, template content included. */
function hasNoscript(source: string): boolean {
  return /<noscript[\t\n\f\r />]/i.test(source)
}

/** Whether a script element carries `data-ldpress` (any value but an absent one). */
export function isOurs(script: Element): boolean {
  const value = script.properties.dataLdpress
  return value !== undefined && value !== null && value !== false
}

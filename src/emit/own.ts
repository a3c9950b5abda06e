/**
 * Find the script elements ldpress wrote on an earlier run: `<script data-ldpress>`
 * as a browser sees the page.
 *
 * rehype-parse parses with scripting off, so `<noscript>` holds elements for it;
 * a browser (scripting on) reads `<noscript>` as raw text up to the next
 * `</noscript>`. A `data-ldpress` script inside that text is not an element for
 * the browser, so it is not ours, even when our parser closed the `<noscript>`
 * early and made the script its sibling.
 * @see https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-inbody (the `noscript` start tag)
 */
import type {Element, Root} from 'hast'
import {walkElements} from '../parse/index.js'
import {tagPositions} from './page.js'

/** `</noscript` as the tokenizer ends raw text: followed by white space, `/` or `>`. */
const noscriptEnd = /<\/noscript[\t\n\f\r />]/gi

/**
 * Script elements carrying `data-ldpress`, in document order. Not inside
 * `<template>` (inert) or `<noscript>`.
 */
export function ownScripts(source: string, tree: Root): Element[] {
  const candidates: Element[] = []
  const rawText: Array<[number, number]> = []
  walkElements(tree, (element) => {
    if (element.tagName === 'noscript') {
      rawText.push(noscriptText(source, element))
      return false
    }
    if (element.tagName === 'script' && isOurs(element) && element.position) {
      candidates.push(element)
    }
    return undefined
  })
  return candidates.filter((script) => {
    const start = script.position!.start.offset ?? 0
    return !rawText.some(([from, to]) => start >= from && start < to)
  })
}

/** The range a browser reads as the `<noscript>` element's raw text. */
function noscriptText(source: string, noscript: Element): [number, number] {
  const from = tagPositions(noscript).opening?.end.offset ?? noscript.position?.start.offset ?? 0
  noscriptEnd.lastIndex = from
  const end = noscriptEnd.exec(source)
  return [from, end ? end.index : source.length]
}

function isOurs(script: Element): boolean {
  const value = script.properties.dataLdpress
  return value !== undefined && value !== null && value !== false
}

/**
 * Find the script elements ldpress wrote on an earlier run: `<script data-ldpress>`
 * as a browser sees the page.
 *
 * rehype-parse parses with scripting off, so `<noscript>` holds elements for it;
 * a browser (scripting on) reads `<noscript>` as raw text up to the next
 * `</noscript>`. A `data-ldpress` script inside that text is not an element for
 * the browser, so it is not ours, even when our parser closed the `<noscript>`
 * early and made the script its sibling. Inside `<svg>` or `<math>` (foreign
 * content) a `<noscript>` is an ordinary element, not raw text, and a
 * `data-ldpress` script in it is an element like any other.
 * @see https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-inbody (the `noscript` start tag)
 * @see https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-inforeign
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
  walkElements(tree, (element, ancestors) => {
    if (element.tagName === 'noscript' && !inForeignContent(ancestors)) {
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

/** Elements where HTML parsing resumes inside `<svg>` (foreignObject, desc, title) or `<math>` (text and annotation-xml). */
const integrationPoints = new Set(['foreignObject', 'desc', 'title', 'mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml'])

/** Whether an element with these ancestors (nearest last) is in SVG or MathML content, not back in HTML. */
function inForeignContent(ancestors: readonly Element[]): boolean {
  for (let index = ancestors.length - 1; index >= 0; index--) {
    const name = ancestors[index]!.tagName
    if (integrationPoints.has(name)) return false
    if (name === 'svg' || name === 'math') return true
  }
  return false
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

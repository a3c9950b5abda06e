/**
 * Bytes → text → hast with positions: parse5 (so the tree is what a browser
 * would build), converted to the tree rehype-parse gives, at any depth
 * (./hast.ts).
 */
import type {Root} from 'hast'
import type {Diagnostic} from '../types.js'
import {decode} from './decode.js'
import {parseToHast} from './hast.js'

export interface ParseOptions {
  /** Largest input accepted, in bytes (strings: UTF-16 code units). Default 50 MiB. */
  maxBytes?: number
  /**
   * Which positions the tree gets (see `parseToHast`). Default `'openings'`:
   * elements placed by their opening tag, all that extraction and markup
   * reading use, at about half the parse's cost.
   */
  positions?: 'full' | 'openings'
  /**
   * For callers that read only structured data: `scanJsonLd` (./scan.ts).
   * When it gives a tree (a page with only JSON-LD and nothing that needs
   * the HTML parser's judgement), that tree of JSON-LD scripts is used and
   * the page is not parsed.
   */
  scan?: Scan
}

/** A tree standing in for the parse, or `undefined` to parse. */
export type Scan = (text: string) => Root | undefined

export interface Parsed {
  tree: Root
  /** The decoded text: every later stage sees this, and positions point into it. */
  text: string
  encoding: string
  diagnostics: Diagnostic[]
}

const defaultMaxBytes = 50 * 1024 * 1024

/** Decode and parse a page. Never throws on content: problems become diagnostics. */
export function parseHtml(input: string | Uint8Array, options: ParseOptions = {}): Parsed {
  const maxBytes = options.maxBytes ?? defaultMaxBytes
  const decoded = decode(input.length > maxBytes ? input.slice(0, maxBytes) : input)
  const diagnostics = [...decoded.diagnostics]
  let text = decoded.text

  if (input.length > maxBytes) {
    diagnostics.push({
      ruleId: 'parse/max-bytes',
      severity: 'warning',
      message: `Input is ${input.length} bytes, over the limit of ${maxBytes}: only the first ${maxBytes} were read`,
      source: 'parse'
    })
  }

  if (text.trim() === '') {
    diagnostics.push({ruleId: 'parse/empty', severity: 'error', message: 'The input is empty', source: 'parse'})
  } else if (looksBinary(text)) {
    diagnostics.push({
      ruleId: 'parse/binary',
      severity: 'error',
      message: 'The input looks binary, not HTML (it contains control bytes)',
      source: 'parse'
    })
    text = ''
  }

  let tree: Root
  try {
    tree = options.scan?.(text) ?? parseToHast(text, {positions: options.positions ?? 'openings'})
  } catch (error) {
    // Not expected (parsing and conversion are iterative), but a page must never crash the caller.
    diagnostics.push({
      ruleId: 'parse/failed',
      severity: 'error',
      message: `The page could not be parsed: ${error instanceof Error ? error.message : String(error)}`,
      source: 'parse'
    })
    tree = {type: 'root', children: []}
  }

  return {tree, text, encoding: decoded.encoding, diagnostics}
}

/**
 * A PNG, a gzip stream, not a page: several NULs, or many C0 controls, in the
 * first 4 KiB. One stray NUL (a CMS bug, a pasted control character) does not
 * make a page binary: the parser reads it as browsers do.
 */
function looksBinary(text: string): boolean {
  const head = text.slice(0, 4096)
  let nuls = 0
  let controls = 0
  for (let index = 0; index < head.length; index++) {
    const code = head.charCodeAt(index)
    if (code === 0 && ++nuls >= 4) return true
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) controls++
  }
  return controls > head.length / 20
}

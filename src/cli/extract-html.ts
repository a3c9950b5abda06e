/**
 * `extract --format html`: the extracted graph drawn as in the HTML report,
 * beside where each field came from (rule and source line), the extraction's
 * findings, and the findings of validating the graph itself. Loaded only for
 * that format.
 */
import type {ExtractResult} from '../index.js'
import {decode} from '../parse/decode.js'
import {graphOf} from '../report/graph.js'
import {extractionDocument, type ProvenanceRow} from '../report/html.js'
import {snippetsOf} from '../report/snippet.js'
import type {Diagnostic, Severity} from '../types.js'
import {htmlOptions} from './formats/html.js'
import {loadLibrary} from './library.js'

/** Fields shown as entity names rather than as JSON. */
const entityFields = new Set(['about', 'mentions'])

/** The HTML document of one extraction. `shown`: severities the user asked to see. */
export async function extractionHtml(name: string, bytes: Uint8Array, result: ExtractResult, shown: ReadonlySet<Severity>, url?: string): Promise<string> {
  const {validate} = await loadLibrary()
  const visible = (diagnostic: Diagnostic) => shown.has(diagnostic.severity)
  const graphFindings = validate(result.graph, {profiles: ['schema.org', 'google', 'ldpress']}).diagnostics.filter(visible)
  const diagnostics = result.diagnostics.filter(visible)
  const provenance = provenanceRows(result)
  const points = [
    ...diagnostics.flatMap((diagnostic) => (diagnostic.line === undefined ? [] : [{line: diagnostic.line, column: diagnostic.column}])),
    ...provenance.flatMap((row) => (row.position ? [row.position] : []))
  ]
  return extractionDocument(
    {
      name,
      ...(url === undefined ? {} : {url}),
      graph: graphOf([{data: result.graph}]),
      graphFindings,
      provenance,
      diagnostics,
      snippets: snippetsOf(decode(bytes).text, points)
    },
    htmlOptions()
  )
}

/** One row per field of the article, in the article's order, with the rule that won and where. */
function provenanceRows(result: ExtractResult): ProvenanceRow[] {
  const provenance = result.provenance as Record<string, {rule: string; position?: {line: number; column: number}} | undefined>
  return Object.entries(result.article)
    .filter(([field]) => field !== 'articleBody')
    .map(([field, value]): ProvenanceRow => {
      const source = provenance[field]
      const shownValue = entityFields.has(field) && Array.isArray(value) ? value.map((entity: {name?: unknown}) => entity.name).join(', ') : value
      return {field, value: shownValue, ...(source ? {rule: source.rule, ...(source.position ? {position: source.position} : {})} : {})}
    })
}

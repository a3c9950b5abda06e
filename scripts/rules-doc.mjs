#!/usr/bin/env node
/**
 * The `## Rules` section of README.md: one table row per rule id ldpress
 * reports, grouped by source (`node scripts/rules-doc.mjs` rewrites the
 * section; `--check` only compares and exits 1 when it is stale or a rule has
 * no documentation).
 *
 * Rule ids come from two places, so a new rule cannot go undocumented:
 * - string literals in `src/**\/*.ts` that look like `<source>/<name>`
 *   (`'json/syntax'`, `` `markup/max-depth` ``); template literals such as
 *   `` `schema.org/unknown-${noun}` `` are expanded through TEMPLATES below,
 *   and an unknown template is itself an error;
 * - `x-rule` annotations in `schemas/*.schema.json` (with their `x-severity`,
 *   default error, and `x-url`, inherited from enclosing schemas).
 * What each rule means and what fixes it is written here, in DOCS; severity
 * and docs URL of schema rules are read from the schemas.
 */
import {readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs'
import {dirname, join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Rule sources, in pipeline order (the order of the README groups). */
export const SOURCES = [
  ['parse', 'Reading the input bytes as HTML.'],
  ['markup', 'Finding the structured data already in the page (JSON-LD scripts, microdata, RDFa).'],
  ['extract', 'Extracting the article metadata from the page.'],
  ['json', 'JSON syntax of a JSON-LD document given to `validate`.'],
  ['jsonld', 'JSON-LD processing before validation (`@context`, `@id`, keywords).'],
  ['schema.org', 'The schema.org vocabulary (profile `schema.org`).'],
  ['google', 'Google Search Central’s Article rules (profile `google`, on for Article, NewsArticle, BlogPosting and their subtypes).'],
  ['ldpress', 'The contract of the graph ldpress itself produces (profile `ldpress`).'],
  ['emit', 'Writing the JSON-LD script into a page.'],
  ['rehype', 'The rehype plugin (`ldpress/rehype`).']
]
const SOURCE_NAMES = SOURCES.map(([name]) => name)
const ID = new RegExp(`^(?:${SOURCE_NAMES.map((s) => s.replace('.', '\\.')).join('|')})/[a-z0-9][A-Za-z0-9-]*$`)

/** Template-literal rule ids → the ids they produce. */
export const TEMPLATES = {
  'extract/missing-': ['extract/missing-headline', 'extract/missing-datePublished', 'extract/missing-author', 'extract/missing-image'],
  'schema.org/foreign-': ['schema.org/foreign-type', 'schema.org/foreign-property'],
  'schema.org/unknown-': ['schema.org/unknown-type', 'schema.org/unknown-property']
}

const GOOGLE = 'https://developers.google.com/search/docs/appearance/structured-data/article'

/** id → [severity (only for rules not in a schema), what it means, what fixes it, docs URL (optional)]. */
export const DOCS = {
  // parse
  'parse/empty': ['error', 'The input has no bytes.', 'Pass the page’s HTML.'],
  'parse/binary': ['error', 'The input contains control bytes: it is not HTML.', 'Pass an HTML file, not an image, PDF or archive.'],
  'parse/failed': ['error', 'The HTML parser gave up on the page.', 'Report the page; it should never happen.'],
  'parse/max-bytes': ['warning', 'The input is larger than `maxBytes`; only the first bytes were read.', 'Raise `maxBytes`, or pass the page without inline assets.'],
  'parse/max-depth': ['warning', 'Elements nest deeper than `maxDepth` (default 10,000 levels; real pages reach about 40); the deeper elements and their text were dropped before any other stage ran.', 'Fix the unclosed or runaway nesting in the page, or raise `maxDepth` (`--max-depth`).'],
  'parse/charset-mismatch': ['warning', 'The declared charset does not match the bytes.', 'Declare the real encoding (`<meta charset="utf-8">`) or re-encode the page.'],
  'parse/unknown-charset': ['warning', 'The declared charset is not an encoding ldpress knows; it was detected instead.', 'Declare a WHATWG encoding label such as `utf-8`.'],
  'parse/invalid-utf8': ['warning', 'The page is not valid UTF-8 and no other encoding fits; bad bytes became U+FFFD.', 'Save the page as UTF-8, or declare its encoding.'],
  // markup
  'markup/json-syntax': ['error', 'A JSON-LD script is not valid JSON (reported at the line and column in the page).', 'Fix the JSON at that position (missing comma, trailing comma, unquoted key, several values in one script).'],
  'markup/jsonld-trailing-junk': ['warning', 'Text follows the JSON in a JSON-LD script (e.g. a stray `;`); strict parsers reject the block.', 'Remove everything after the closing `}` or `]`.'],
  'markup/empty-jsonld': ['warning', 'A `application/ld+json` script is empty.', 'Fill it or remove it.'],
  'markup/html-entity-in-jsonld': ['warning', 'A JSON-LD script contains HTML character references (`&amp;`), which are not decoded inside scripts.', 'Write the characters themselves (`&`, `’`); escape `<` as `\\u003c` if needed.'],
  'markup/failed': ['error', 'A markup block could not be read.', 'Report the page; it should never happen.'],
  'markup/invalid-itemtype': ['warning', 'A microdata `itemtype` is not an absolute URL (`schema.org/Article`, `//schema.org/Article`, `Article`). Values naming schema.org and bare names are read as schema.org types; others are kept as written.', 'Write the full URL: `itemtype="https://schema.org/Article"`.', 'https://html.spec.whatwg.org/multipage/microdata.html#attr-itemtype'],
  'markup/itemref-missing': ['warning', 'A microdata `itemref` names an id no element has.', 'Fix the id in `itemref`, or add the element.'],
  'markup/itemref-cycle': ['warning', 'A microdata item contains itself through `itemref`; the loop was cut.', 'Remove the `itemref` that points back at the item or an ancestor.'],
  'markup/max-depth': ['warning', 'Microdata items or RDFa nodes nest more than 100 items deep; deeper ones were dropped.', 'Flatten the markup.'],
  'markup/max-jsonld-blocks': ['warning', 'The page has more JSON-LD blocks than `maxJsonLdBlocks` (default 1,000); the later ones were ignored, not even parsed.', 'Merge the blocks into one `@graph`, or raise `maxJsonLdBlocks` (`--max-jsonld-blocks`).'],
  'markup/time-budget': ['warning', '`read` or `validateHtml` spent the page\'s time budget (`timeBudgetMs`, default 10 s) between stages; the stages left (reading the markup, validating the remaining blocks) were skipped and the result is partial.', 'Raise `timeBudgetMs` (`--time-budget`) for very large pages, or report the page if it is an ordinary one.'],
  'markup/max-items': ['warning', 'More microdata items and RDFa nodes than `maxItems`; the rest were dropped.', 'Mark up less, or raise the limit.'],
  'markup/max-nodes': ['warning', 'More typed nodes than `maxNodes`; the rest are not listed.', 'Mark up less, or raise the limit.'],
  'markup/max-work': ['warning', 'Reading microdata and RDFa stopped after `maxWork` elements.', 'Raise the limit for very large pages.'],
  // extract
  'extract/time-budget': ['warning', '`extract` spent the page\'s time budget (`timeBudgetMs`, default 10 s) between stages; the stages left (markup reading, field extraction, main text, entities) were skipped and the graph holds what was found until then.', 'Raise `timeBudgetMs` (`--time-budget`) for very large pages, or report the page if it is an ordinary one.'],
  'extract/no-url': ['info', 'No page URL was given or found; `@id`s are document-relative and relative URLs stay as written.', 'Pass `url` (`--url`), or give the page a `<link rel="canonical">`.'],
  'extract/date-conflict': ['warning', 'Trusted sources on the page disagree on the publication day; the first was used.', 'Make the page’s dates (meta tags, JSON-LD, `<time>`) agree.'],
  'extract/missing-headline': ['warning', 'No headline was found on the page.', 'Add an `<h1>`, `og:title` or a JSON-LD `headline`.'],
  'extract/missing-datePublished': ['warning', 'No publication date was found on the page.', 'Add `article:published_time`, a `<time datetime>` or a JSON-LD `datePublished`.'],
  'extract/missing-author': ['warning', 'No author was found on the page.', 'Add a byline, `<meta name="author">` or a JSON-LD `author`.'],
  'extract/missing-image': ['warning', 'No lead image was found on the page.', 'Add `og:image` or a JSON-LD `image`.'],
  // json
  'json/syntax': ['error', 'The document is not valid JSON (with line and column).', 'Fix the JSON at that position.'],
  'json/duplicate-key': ['warning', 'An object has the same member twice; processors keep only one value.', 'Remove one, or merge the values into an array.'],
  // jsonld
  'jsonld/invalid-document': ['error', 'The document, or a top-level item, is not a JSON object.', 'Give an object, an array of objects, or an object with `@graph`.'],
  'jsonld/missing-context': ['error', 'A top-level object has no `@context`, so its terms mean nothing.', 'Add `"@context": "https://schema.org"`.'],
  'jsonld/unknown-context': ['warning', 'The `@context` does not bring in schema.org.', 'Use `"@context": "https://schema.org"`.'],
  'jsonld/context-vocab': ['warning', '`@vocab` lacks the trailing slash, so terms expand to wrong IRIs.', 'Write `"@vocab": "https://schema.org/"`.'],
  'jsonld/keyword-alias': ['warning', 'A schema.org context alias of a keyword (`id`, `type`) is used.', 'Write the keyword itself (`@id`, `@type`).'],
  'jsonld/dangling-id': ['warning', 'An `{"@id": …}` reference names no node of the document.', 'Define the node with that `@id`, or fix the reference.'],
  'jsonld/conflicting-id': ['warning', 'Two nodes with the same `@id` give different values; consumers merge them.', 'Give the node once, or make the copies agree.'],
  'jsonld/html-entity': ['warning', 'A string contains an HTML character reference (`&amp;`); JSON-LD is not HTML-decoded.', 'Write the character itself.'],
  'jsonld/invalid-reverse': ['error', '`@reverse` is not an object mapping properties to nodes, or it holds a keyword or a literal value (a string is a warning: it is an IRI only where the context types the property `@id`).', 'Write `"@reverse": {"author": {"@type": "NewsArticle", …}}`: node objects or `{"@id"}` references under property names.', 'https://www.w3.org/TR/json-ld11/#reverse-properties'],
  'jsonld/too-deep': ['warning', 'The document nests deeper than the validator follows; the rest is not validated.', 'Flatten it with `@id` references in a `@graph`.'],
  // schema.org
  'schema.org/type-value': [null, '`@type` is not a type name or an array of type names.', 'Give a schema.org type name such as `"NewsArticle"`.'],
  'schema.org/id-value': [null, '`@id` is not a string.', 'Give an IRI, a `#fragment` or a blank node id.'],
  'schema.org/unknown-type': ['error', 'The type is not in schema.org (with a “did you mean” suggestion).', 'Use the suggested or another schema.org type; types are case-sensitive.'],
  'schema.org/unknown-property': ['error', 'The property is not in schema.org (with a “did you mean” suggestion, e.g. `datepublished`).', 'Use the suggested property; properties are case-sensitive.'],
  'schema.org/property-domain': ['error', 'A property is used on a type outside its domain (inheritance included).', 'Use a property of that type, or add the type the property belongs to.'],
  'schema.org/value-range': ['error', 'A value is outside the property’s range (a number or non-date where a Date is expected, a Thing where a literal is, an unknown enumeration member).', 'Give a value of the expected type or format.'],
  'schema.org/superseded': ['warning', 'The term is superseded in schema.org.', 'Use the term named in the message.'],
  'schema.org/foreign-type': ['info', 'A type from another vocabulary (`og:`, `gs1:`); not checked.', 'Nothing to fix.'],
  'schema.org/foreign-property': ['info', 'A property from another vocabulary (`og:`, `gs1:`); not checked.', 'Nothing to fix.'],
  'schema.org/unchecked-term': ['info', 'A term that may come from a context ldpress does not load; not checked.', 'Nothing to fix, or use schema.org terms.'],
  // google
  'google/article-headline-missing': [null, 'The article has no `headline`.', 'Add the article’s title as `headline`.'],
  'google/article-headline-type': [null, '`headline` is not one non-empty string.', 'Give one string.'],
  'google/article-headline-length': [null, '`headline` is over 110 characters and may be truncated.', 'Shorten it.'],
  'google/article-image-missing': [null, 'The article has no `image` (or an empty array).', 'Add at least one crawlable image URL or ImageObject.'],
  'google/article-image-type': [null, '`image` is neither a URL nor an ImageObject with `url`/`contentUrl`.', 'Give a URL string or `{"@type": "ImageObject", "url": …}`.'],
  'google/article-image-url': [null, 'An image URL is not an absolute http(s) URL Google can crawl.', 'Give the absolute `https://` URL of the image.'],
  'google/article-date-published-missing': [null, 'The article has no `datePublished`.', 'Add the first publication date-time in ISO 8601.'],
  'google/article-date-modified-missing': [null, 'The article has no `dateModified`.', 'Add the date-time of the last change when it was changed.'],
  'google/article-date-format': [null, '`datePublished`/`dateModified` is not an ISO 8601 date or date-time.', 'Write e.g. `2022-03-11T09:30:00+03:00`.'],
  'google/article-date-timezone': [null, 'A date-time has no time zone (Google then assumes its own).', 'Append the offset (`+03:00`) or `Z`.'],
  'google/article-date-time': [null, 'A date without a time.', 'Give the time with a time zone when it is known.'],
  'google/article-date-order': ['error', '`dateModified` is before `datePublished`.', 'Fix whichever date is wrong; `dateModified` is at or after `datePublished`.', `${GOOGLE}#structured-data-type-definitions`],
  'google/article-author-missing': [null, 'The article has no `author` (or an empty array).', 'Add a Person or Organization per author.'],
  'google/article-author-string': [null, '`author` is a plain string, not an object.', 'Write `{"@type": "Person", "name": …, "url": …}`.'],
  'google/article-author-type': [null, '`author` is not a Person or Organization (e.g. Thing, or no `@type`).', 'Type it `Person` or `Organization` (or a subtype).'],
  'google/article-author-unresolved': [null, '`author` is an `@id` reference to a node the page does not define.', 'Define the author node in the page, or inline it.'],
  'google/article-author-name-missing': [null, 'The author has no `name`.', 'Add the author’s name.'],
  'google/article-author-name-type': [null, 'The author’s `name` is not one non-empty string.', 'Give one string; one author object per author.'],
  'google/article-author-name-by': [null, 'The author’s `name` starts with “By”.', 'Remove “By”; give only the name.'],
  'google/article-author-name-single': [null, 'A Person’s `name` joins several names (“ and ”, “&”, “,”, “;”, “/”).', 'Give each author its own Person object.'],
  'google/article-author-name-honorific': [null, 'A Person’s `name` starts with an honorific (“Dr.”, “Prof.”, “Mr”, “Mrs”, “Ms”, “Sir”).', 'Give only the name; put the title in `honorificPrefix`.'],
  'google/article-author-name-title': [null, 'A Person’s `name` includes a job title (“Staff Writer”, “Editor”, “Correspondent”).', 'Give only the name; put the title in `jobTitle`.'],
  'google/article-author-name-publisher': ['warning', 'A Person author is named like the publisher.', 'Give the person’s name, or make the author the publisher’s Organization.', `${GOOGLE}#author-bp`],
  'google/article-author-url': [null, 'The author has neither `url` nor `sameAs`.', 'Link a page or profile that identifies the author.'],
  // ldpress (the output contract: a failure is a bug in ldpress or in a hand-edited graph)
  'ldpress/logo': [null, 'The publisher\'s `logo` written inline is not an ImageObject with a `url`.', 'Report it: ldpress writes the logo as `{"@type": "ImageObject", "url": …}`.'],
  'extract/date-order': ['warning', 'The page\'s `dateModified` is earlier than its `datePublished`, which cannot be; the modification date was left out.', 'Fix the dates in the page\'s metadata (often a time zone written wrong, or the two swapped).'],
  'ldpress/document': [null, 'The document is not an object with `@context` and `@graph` only.', 'Emit `{"@context": "https://schema.org", "@graph": […]}`.'],
  'ldpress/context': [null, '`@context` is not `"https://schema.org"`.', 'Use `"https://schema.org"`.'],
  'ldpress/graph': [null, '`@graph` is not an array of nodes.', 'Give an array of node objects.'],
  'ldpress/graph-article': [null, '`@graph` does not hold exactly one NewsArticle.', 'Keep one NewsArticle node.'],
  'ldpress/node': [null, 'A graph node is of no kind the contract knows.', 'Use one of the node kinds in `schemas/ldpress-output.schema.json`.'],
  'ldpress/article': [null, 'The NewsArticle node breaks the contract (missing or mistyped property).', 'Fix the property named in the message.'],
  'ldpress/webpage': [null, 'The WebPage node breaks the contract.', 'Fix the property named in the message.'],
  'ldpress/person': [null, 'A Person node breaks the contract.', 'Fix the property named in the message.'],
  'ldpress/organization': [null, 'An Organization node breaks the contract.', 'Fix the property named in the message.'],
  'ldpress/publisher': [null, 'The publisher breaks the contract.', 'Fix the property named in the message.'],
  'ldpress/image': [null, 'An ImageObject node breaks the contract.', 'Fix the property named in the message.'],
  'ldpress/entity': [null, 'An `about`/`mentions` entity breaks the contract.', 'Fix the property named in the message.'],
  'ldpress/id': [null, 'An `@id` is not an absolute IRI or fragment.', 'Give an IRI.'],
  'ldpress/reference': [null, 'A reference is not `{"@id": …}` alone.', 'Reference nodes by `@id` only.'],
  'ldpress/text': [null, 'A text value is empty or not a string.', 'Give a non-empty string.'],
  'ldpress/url': [null, 'A URL is not an absolute http(s) URL.', 'Give an absolute URL.'],
  'ldpress/same-as': [null, '`sameAs` is not a URL or array of URLs.', 'Give absolute URLs.'],
  'ldpress/date': [null, 'A date is not ISO 8601.', 'Give an ISO 8601 date-time.'],
  // emit
  'emit/unparseable': ['error', 'The page could not be parsed (not expected: parsing is iterative and total); it was left unchanged.', 'Report the page as a bug.'],
  'emit/duplicate-script': ['warning', 'The page had several data-ldpress scripts; the first was replaced, the others removed.', 'Nothing to fix; the output has one.'],
  'emit/encoding': ['warning', '`inject` met a UTF-16 page, which it does not edit; the page was left unchanged.', 'Serve and store pages as UTF-8.'],
  'emit/not-an-article': ['info', '`inject` found no publication date and no author on the page: it is taken for a home page, section front or listing, and no NewsArticle is written (an earlier one is taken out).', 'Nothing to fix for such pages; for an article, give it a visible date or byline (or `datePublished`/`author` metadata), or pass `--all-pages`.'],
  'emit/partial-extraction': ['warning', '`inject` did not write the page: its extraction ran out of time (`extract/time-budget`), and a partial graph would put half an article into the site.', 'Raise `timeBudgetMs` (`--time-budget`), or report the page.'],
  'emit/merge-without-id': ['warning', '`inject --existing merge`: the page\'s article has no `@id` to merge ldpress\'s graph on; nothing was added.', 'Give the article an `@id`, or use `--existing replace` or `keep`.'],
  'emit/markup-kept': ['warning', '`inject --existing replace`: the page\'s article is microdata or RDFa, which cannot be taken out without rewriting its HTML; it stays next to ldpress\'s JSON-LD.', 'Remove the article\'s microdata/RDFa attributes from the template, or use `--existing keep`.'],
  'rehype/fragment': ['warning', 'The plugin was given a fragment (no `<html>` element); it extracts, injects and validates whole documents only.', 'Parse with `fragment: false` (rehype-parse\'s default), or leave the plugin out of fragment pipelines.'],
  'rehype/existing-article': ['info', 'The page already describes its article in its own structured data, so nothing was injected (`existing: \'keep\'`).', "Nothing to fix; pass `existing: 'replace'` to inject anyway."],
  'rehype/invalid-url': ['warning', 'The file\'s URL (`file.data.url` or `file.data.meta.url`) is not an absolute http(s) URL; it was ignored.', 'Set an absolute URL, or pass the `url` option.']
}

function walk(dir, files = []) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) {
      if (relative(root, path) !== join('src', 'validate', 'generated')) walk(path, files)
    } else if (/\.(?:ts|mts|js|mjs)$/.test(name) && !name.endsWith('.d.ts')) files.push(path)
  }
  return files
}

/** Rule ids in the source code: `{ids: Map<id, file[]>, unknownTemplates: string[]}`. */
export function scanSource() {
  const ids = new Map()
  const unknownTemplates = []
  const add = (id, file) => ids.set(id, [...(ids.get(id) ?? []), file])
  const sources = SOURCE_NAMES.map((s) => s.replace('.', '\\.')).join('|')
  const literal = new RegExp(`(['"\`])((?:${sources})/[a-z0-9][A-Za-z0-9-]*)(\\$\\{)?`, 'g')
  // `ldpress/rehype` in a comment or an import is the package's subpath export, not a rule.
  const exportsMap = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).exports ?? {}
  const subpaths = new Set(Object.keys(exportsMap).map((key) => `ldpress${key.slice(1)}`))
  for (const path of walk(join(root, 'src'))) {
    const file = relative(root, path)
    const text = readFileSync(path, 'utf8')
    for (const match of text.matchAll(literal)) {
      const [, quote, id, template] = match
      if (template !== undefined && quote === '`') {
        if (TEMPLATES[id] === undefined) unknownTemplates.push(`${file}: \`${id}\${…}\``)
        else for (const expanded of TEMPLATES[id]) add(expanded, file)
      } else if (text[match.index + 1 + id.length] === quote && !subpaths.has(id)) add(id, file)
    }
  }
  return {ids, unknownTemplates}
}

/** `x-rule` annotations in schemas/: Map<id, {severity, url, file}>. */
export function scanSchemas() {
  const rules = new Map()
  const visit = (node, url, file) => {
    if (node === null || typeof node !== 'object') return
    if (Array.isArray(node)) {
      for (const child of node) visit(child, url, file)
      return
    }
    const here = typeof node['x-url'] === 'string' ? node['x-url'] : url
    if (typeof node['x-rule'] === 'string') {
      const id = node['x-rule']
      const severity = node['x-severity'] ?? 'error'
      const known = rules.get(id)
      if (known === undefined) rules.set(id, {severity, url: here, file})
      else if (known.severity !== severity) known.severity = `${known.severity}/${severity}`
    }
    for (const [key, child] of Object.entries(node)) if (key !== 'x-url') visit(child, here, file)
  }
  for (const name of readdirSync(join(root, 'schemas')).filter((n) => n.endsWith('.schema.json')).sort()) {
    visit(JSON.parse(readFileSync(join(root, 'schemas', name), 'utf8')), undefined, `schemas/${name}`)
  }
  return rules
}

const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

/** Every documented or found rule: [{id, source, severity, meaning, fix, url}], and the problems. */
export function collectRules() {
  const code = scanSource()
  const schema = scanSchemas()
  const problems = [...code.unknownTemplates.map((t) => `rule id template without a TEMPLATES entry: ${t}`)]
  const all = new Set([...code.ids.keys(), ...schema.keys(), ...Object.keys(DOCS)])
  const rules = []
  for (const id of [...all].sort()) {
    if (!ID.test(id)) {
      problems.push(`${id}: not a <source>/<name> rule id`)
      continue
    }
    const doc = DOCS[id]
    const fromSchema = schema.get(id)
    if (doc === undefined) {
      problems.push(`${id} (${[...(code.ids.get(id) ?? []), fromSchema?.file].filter(Boolean).join(', ')}) has no entry in DOCS of scripts/rules-doc.mjs`)
      continue
    }
    const [severity, meaning, fix, url] = doc
    if (fromSchema === undefined && severity === null) problems.push(`${id}: not in a schema, so DOCS must give its severity`)
    if (fromSchema !== undefined && severity !== null && severity !== fromSchema.severity) {
      problems.push(`${id}: DOCS says ${severity}, ${fromSchema.file} says ${fromSchema.severity}`)
    }
    rules.push({
      id,
      source: id.slice(0, id.indexOf('/')),
      severity: fromSchema?.severity ?? severity,
      meaning,
      fix,
      url: url ?? fromSchema?.url,
      found: code.ids.has(id) || fromSchema !== undefined
    })
  }
  return {rules, problems, codeIds: [...code.ids.keys()], schemaIds: [...schema.keys()]}
}

const START = '<!-- rules:start (generated by `node scripts/rules-doc.mjs`; edit DOCS there) -->'
const END = '<!-- rules:end -->'

export function renderRules(rules) {
  const lines = [START, '']
  for (const [source, about] of SOURCES) {
    const group = rules.filter((rule) => rule.source === source)
    if (group.length === 0) continue
    lines.push(`### \`${source}/\``, '', about, '', '| Rule | Severity | What it means | What fixes it |', '|---|---|---|---|')
    for (const rule of group) {
      const name = rule.url ? `[\`${rule.id}\`](${rule.url})` : `\`${rule.id}\``
      lines.push(`| ${name} | ${rule.severity} | ${cell(rule.meaning)} | ${cell(rule.fix)} |`)
    }
    lines.push('')
  }
  lines.push(END)
  return lines.join('\n')
}

const INTRO = `Every diagnostic has a stable \`ruleId\`: the stage or profile that reports
it, a slash, and a name. Severity \`error\` fails validation (CLI exit 1);
\`warning\` and \`info\` do not. Linked rule ids go to the documentation the
rule follows. The tables are generated from the source and the schemas by
\`node scripts/rules-doc.mjs\`; \`test/rules-doc.test.ts\` fails when a rule
id in \`src/\` or \`schemas/\` is missing here.`

/** README.md with the Rules section (created before `## Security` when absent) brought up to date. */
export function updateReadme(readme, rules) {
  const body = renderRules(rules)
  const start = readme.indexOf(START)
  const end = readme.indexOf(END)
  if (start !== -1 && end > start) return readme.slice(0, start) + body + readme.slice(end + END.length)
  const security = readme.indexOf('\n## Security\n')
  if (security === -1) throw new Error('README.md has no "## Security" heading to put the Rules section before')
  return `${readme.slice(0, security + 1)}## Rules\n\n${INTRO}\n\n${body}\n\n${readme.slice(security + 1)}`
}

function main() {
  const check = process.argv.includes('--check')
  const {rules, problems} = collectRules()
  for (const rule of rules) if (!rule.found) console.warn(`rules-doc: ${rule.id} is documented but not found in src/ or schemas/`)
  const file = join(root, 'README.md')
  const readme = readFileSync(file, 'utf8')
  const updated = updateReadme(readme, rules)
  if (problems.length > 0) {
    for (const problem of problems) console.error(`rules-doc: ${problem}`)
    process.exit(1)
  }
  if (check) {
    if (updated !== readme) {
      console.error('rules-doc: the Rules section of README.md is stale; run `node scripts/rules-doc.mjs`')
      process.exit(1)
    }
    console.log(`rules-doc: ${rules.length} rules documented`)
    return
  }
  if (updated !== readme) writeFileSync(file, updated)
  console.log(`rules-doc: ${rules.length} rules in README.md`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main()

// ldpress as a rehype plugin: parse a page, give it ldpress's JSON-LD, print
// the messages as vfile-reporter shows them, and write the page out.
//
//   npm run build && node examples/rehype/build.mjs [page.html] [url] [out.html]
//
// Defaults: the volunteer-fighters example page and its URL; the page goes to
// stdout when no output file is given. The exit status is 1 when a message is
// fatal (an error in the page's structured data).
import {readFile, writeFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import rehypeParse from 'rehype-parse'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import {reporter} from 'vfile-reporter'
// In your project: import rehypeLdpress from 'ldpress/rehype'
import rehypeLdpress from '../../dist/rehype.js'

const path = process.argv[2] ?? fileURLToPath(new URL('../volunteer-fighters/article.html', import.meta.url))
const url = process.argv[3] ?? 'https://news.example/world/russia-volunteer-fighters-west-asia'
const out = process.argv[4]

const processor = unified()
  .use(rehypeParse)
  // Plugins before this one may change the tree: ldpress reads the tree it is given.
  .use(rehypeLdpress, {url, validate: {profiles: ['schema.org', 'google']}})
  .use(rehypeStringify)

// unified turns `{value, path}` into a VFile: messages name the file.
const file = await processor.process({value: await readFile(path, 'utf8'), path})

console.error(reporter(file, {verbose: true}))
const {graph, injected} = file.data.ldpress ?? {}
console.error(`ldpress: ${injected ? 'injected' : 'did not inject'} a graph of ${graph?.['@graph']?.length ?? 0} nodes`)

if (out) await writeFile(out, String(file))
else process.stdout.write(String(file))

if (file.messages.some((message) => message.fatal)) process.exitCode = 1

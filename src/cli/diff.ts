/**
 * A unified diff of one file's edit, for `inject --dry-run`. ldpress's edits
 * are local (one script element inserted, replaced or removed, plus the
 * blocks `--existing replace` takes out), so the diff is one hunk from the
 * first changed line to the last, with three lines of context — what
 * `diff -u` prints for a single change, without a general diff algorithm.
 */

const context = 3

/** `--- a/name` / `+++ b/name` and one hunk; empty when the texts are equal. */
export function unifiedDiff(name: string, before: string, after: string): string {
  if (before === after) return ''
  const a = splitLines(before)
  const b = splitLines(after)
  let prefix = 0
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++
  let suffix = 0
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++
  const start = Math.max(0, prefix - context)
  const endA = Math.min(a.length, a.length - suffix + context)
  const endB = Math.min(b.length, b.length - suffix + context)
  const lines = [
    `--- a/${name}`,
    `+++ b/${name}`,
    `@@ -${range(start, endA - start)} +${range(start, endB - start)} @@`,
    ...a.slice(start, prefix).map((line) => ` ${line}`),
    ...a.slice(prefix, a.length - suffix).map((line) => `-${line}`),
    ...b.slice(prefix, b.length - suffix).map((line) => `+${line}`),
    ...a.slice(a.length - suffix, endA).map((line) => ` ${line}`)
  ]
  return `${lines.join('\n')}\n`
}

/** Lines without their terminators (CRLF, LF or CR). A final terminator does not start an empty line. */
function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/)
  if (lines.at(-1) === '') lines.pop()
  return lines
}

/** `start,count` as diff writes it (1-based; `start,0` points at the line before an insertion). */
function range(start: number, count: number): string {
  return count === 0 ? `${start},0` : `${start + 1},${count}`
}

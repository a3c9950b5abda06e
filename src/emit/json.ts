/**
 * JSON-LD serialisation: `JSON.stringify` semantics, a stable key order, and
 * output that is safe to place inside an HTML `<script>` element.
 *
 * The serialiser is iterative (an explicit stack), so hostile or generated
 * graphs nested far deeper than the call stack serialise instead of throwing
 * `RangeError`.
 */

export interface JsonLdOptions {
  /** Indentation, as for `JSON.stringify`: a number of spaces (at most 10) or a string (its first 10 characters). Default: none. */
  space?: number | string
}

/** JSON-LD keywords that lead every object, in this order; other keys keep their insertion order. */
const leadingKeys = ['@context', '@type', '@id'] as const

/** Characters that could end a `<script>` element or change how an HTML or JS parser reads the text. */
const unsafe = /[<>&\u2028\u2029]/g

const escapes: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029'
}

/**
 * Serialise a graph as JSON-LD text that can go straight into
 * `<script type="application/ld+json">`.
 *
 * Why not plain `JSON.stringify`: its key order is whatever the object was built
 * with, it leaves `</script>` and `<!--` in strings as they are (a page breakout),
 * and it recurses, so deep input throws `RangeError`. Here `@context`, `@type`
 * and `@id` come first (readers and diffs find them at once), every `<`, `>`,
 * `&`, U+2028 and U+2029 (keys too) is written as a `\uXXXX` escape, and
 * `JSON.parse` of the result equals the input. Values JSON cannot carry are
 * dropped (in objects) or become `null` (in arrays), and `toJSON` is honoured,
 * exactly as `JSON.stringify` does.
 *
 * @throws {TypeError} when the graph is not serialisable at all (cyclic, a `BigInt`,
 *   or `undefined`/a function at the top): that is a programming error, not content.
 * @see https://html.spec.whatwg.org/multipage/scripting.html#restrictions-for-contents-of-script-elements
 */
export function toJsonLd(graph: unknown, options: JsonLdOptions = {}): string {
  const text = serialize(graph, gapOf(options.space))
  if (text === undefined) {
    throw new TypeError(`toJsonLd: expected a JSON value, got ${describe(graph)}`)
  }
  return text.replace(unsafe, (character) => escapes[character]!)
}

/** The indentation unit, resolved like `JSON.stringify` resolves its `space` argument. */
function gapOf(space: unknown): string {
  if (space instanceof Number) space = Number(space)
  else if (space instanceof String) space = String(space)
  if (typeof space === 'number') return ' '.repeat(Math.max(0, Math.min(10, Math.trunc(space) || 0)))
  if (typeof space === 'string') return space.slice(0, 10)
  return ''
}

type Container = {
  /** The array or object being written, kept for cycle detection. */
  value: object
  /** Array indices (as strings) or object keys, in output order. */
  keys: string[]
  isArray: boolean
  /** Next position in `keys`. */
  index: number
  /** Whether a member has been written yet (for commas). */
  written: boolean
  /** Indentation of the container's own line. */
  indent: string
}

/**
 * The serialiser proper. Returns `undefined` when the top-level value is not
 * representable, like `JSON.stringify`.
 */
function serialize(root: unknown, gap: string): string | undefined {
  const out: string[] = []
  const stack: Container[] = []
  const open = new Set<object>()

  const first = prepare(root, '', stack)
  if (isDropped(first)) return undefined
  write(first, '')

  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!
    if (frame.index === frame.keys.length) {
      close(frame)
      continue
    }
    const key = frame.keys[frame.index++]!
    const value = prepare(memberOf(frame, key), key, stack)
    if (frame.isArray) {
      separate(frame)
      if (isDropped(value)) out.push('null')
      else write(value, frame.indent + gap)
    } else if (!isDropped(value)) {
      separate(frame)
      out.push(JSON.stringify(key), gap ? ': ' : ':')
      write(value, frame.indent + gap)
    }
  }

  return out.join('')

  /** Write a primitive at once, or open a container and push it on the stack. */
  function write(value: unknown, indent: string): void {
    if (value === null || typeof value !== 'object') {
      out.push(primitive(value, stack))
      return
    }
    if (open.has(value)) {
      throw new TypeError(`toJsonLd: the graph is cyclic: the value at ${pointer(stack)} is one of its own ancestors`)
    }
    open.add(value)
    const isArray = Array.isArray(value)
    out.push(isArray ? '[' : '{')
    stack.push({value, keys: isArray ? indices(value) : orderedKeys(value), isArray, index: 0, written: false, indent})
  }

  /** Comma and line break before a member. */
  function separate(frame: Container): void {
    if (frame.written) out.push(',')
    if (gap) out.push('\n', frame.indent + gap)
    frame.written = true
  }

  function close(frame: Container): void {
    stack.pop()
    open.delete(frame.value)
    if (frame.written && gap) out.push('\n', frame.indent)
    out.push(frame.isArray ? ']' : '}')
  }
}

function memberOf(frame: Container, key: string): unknown {
  return (frame.value as Record<string, unknown>)[key]
}

/** Own enumerable keys (so `__proto__` survives), JSON-LD keywords first. */
function orderedKeys(value: object): string[] {
  const keys = Object.keys(value)
  const leading: string[] = leadingKeys.filter((key) => keys.includes(key))
  if (leading.length === 0) return keys
  return [...leading, ...keys.filter((key) => !(leadingKeys as readonly string[]).includes(key))]
}

function indices(value: readonly unknown[]): string[] {
  return Array.from({length: value.length}, (_, index) => String(index))
}

/** Apply `toJSON` and unwrap boxed primitives, as `JSON.stringify` does before writing a value. */
function prepare(value: unknown, key: string, stack: readonly Container[]): unknown {
  if ((typeof value === 'object' && value !== null) || typeof value === 'bigint') {
    const toJSON: unknown = (value as {toJSON?: unknown}).toJSON
    if (typeof toJSON === 'function') value = toJSON.call(value, key)
  }
  if (value instanceof Number) return Number(value)
  if (value instanceof String) return String(value)
  if (value instanceof Boolean) return value.valueOf()
  if (value instanceof BigInt) {
    throw new TypeError(`toJsonLd: cannot serialise a BigInt (at ${pointer(stack)})`)
  }
  return value
}

/** Values JSON has no form for: left out of objects, written as `null` in arrays. */
function isDropped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol'
}

function primitive(value: unknown, stack: readonly Container[]): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'null'
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (value === null) return 'null'
  throw new TypeError(`toJsonLd: cannot serialise a ${typeof value} (at ${pointer(stack)})`)
}

/** JSON pointer of the member being written (each frame has already advanced past it), for error messages. */
function pointer(stack: readonly Container[]): string {
  const parts = stack.map((frame) => frame.keys[frame.index - 1] ?? '')
  return parts.length === 0 ? '/ (the top)' : parts.map((part) => '/' + part.replace(/~/g, '~0').replace(/\//g, '~1')).join('')
}

function describe(value: unknown): string {
  if (typeof value === 'function') return 'a function'
  if (typeof value === 'symbol') return `a symbol (${String(value)})`
  return String(value)
}

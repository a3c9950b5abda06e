/**
 * Bytes → text. The order follows the HTML standard's encoding sniffing
 * (https://html.spec.whatwg.org/multipage/parsing.html#determining-the-character-encoding):
 * a byte order mark wins, then a `<meta charset>` or `http-equiv` declaration
 * in the first 1024 bytes, then statistical detection, then UTF-8.
 */
import chardet from 'chardet'
import type {Diagnostic} from '../types.js'

export interface Decoded {
  text: string
  /** WHATWG label of the encoding used. */
  encoding: string
  /** How the encoding was chosen. */
  via: 'string' | 'bom' | 'meta' | 'detected' | 'default'
  diagnostics: Diagnostic[]
}

const boms: ReadonlyArray<[bytes: number[], encoding: string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le']
]

const metaCharset = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i

/** Decode a page, or pass a string through unchanged. */
export function decode(input: string | Uint8Array): Decoded {
  if (typeof input === 'string') {
    return {text: input, encoding: 'utf-8', via: 'string', diagnostics: []}
  }

  for (const [bytes, encoding] of boms) {
    if (bytes.every((byte, index) => input[index] === byte)) {
      return {text: new TextDecoder(encoding).decode(input), encoding, via: 'bom', diagnostics: []}
    }
  }

  const diagnostics: Diagnostic[] = []
  // The prescan reads ASCII-compatible bytes; latin1 maps each byte to one char.
  const head = latin1(input.subarray(0, 1024))
  const declared = metaCharset.exec(head)?.[1]
  if (declared) {
    const decoder = decoderFor(declared)
    if (decoder && decoder.encoding !== 'utf-8' && isUtf8WithMultibyte(input)) {
      // Bytes that are valid UTF-8 with multi-byte sequences are not text in a legacy single- or double-byte
      // encoding in practice: the declaration is stale (a template's default), the bytes are right.
      diagnostics.push({
        ruleId: 'parse/charset-mismatch',
        severity: 'warning',
        message: `Declared charset \`${declared}\` does not match the bytes, which are UTF-8; reading them as UTF-8`,
        source: 'parse'
      })
      return {text: new TextDecoder('utf-8').decode(input), encoding: 'utf-8', via: 'detected', diagnostics}
    }
    if (decoder) {
      const text = decoder.decode(input)
      // A declared page full of U+FFFD is mislabeled (UTF-8 bytes declared Shift_JIS, windows-1251 declared
      // Shift_JIS…); so is a single-byte declaration over bytes that are plainly a multi-byte encoding. Detect.
      const multiByte = singleByte(decoder.encoding) && !isAscii(input) ? confidentMultiByte(input) : undefined
      if (replacementRatio(text) <= 0.01 && multiByte === undefined) {
        return {text, encoding: decoder.encoding, via: 'meta', diagnostics}
      }
      diagnostics.push({
        ruleId: 'parse/charset-mismatch',
        severity: 'warning',
        message: `Declared charset \`${declared}\` does not match the bytes; detecting the encoding instead`,
        source: 'parse'
      })
    } else {
      diagnostics.push({
        ruleId: 'parse/unknown-charset',
        severity: 'warning',
        message: `Unknown charset \`${declared}\`; detecting the encoding instead`,
        source: 'parse'
      })
    }
  }

  if (isAscii(input)) {
    return {text: latin1(input), encoding: 'utf-8', via: 'default', diagnostics}
  }

  const utf8 = new TextDecoder('utf-8').decode(input)
  if (replacementRatio(utf8) === 0) {
    return {text: utf8, encoding: 'utf-8', via: 'detected', diagnostics}
  }

  const guess = chardet.detect(sample(input))
  const decoder = guess ? decoderFor(guess) : undefined
  if (decoder && decoder.encoding !== 'utf-8') {
    return {text: decoder.decode(input), encoding: decoder.encoding, via: 'detected', diagnostics}
  }

  diagnostics.push({
    ruleId: 'parse/invalid-utf8',
    severity: 'warning',
    message: 'The page is not valid UTF-8 and its encoding could not be detected; invalid bytes became U+FFFD',
    source: 'parse'
  })
  return {text: utf8, encoding: 'utf-8', via: 'default', diagnostics}
}

/** Encodings whose decoder maps every byte to one character (windows-125x, ISO 8859, KOI8…). */
function singleByte(encoding: string): boolean {
  return /^(?:windows-125\d|iso-8859-\d+|koi8-[ru]|macintosh|x-mac-cyrillic|ibm866)$/.test(encoding)
}

/** A multi-byte East Asian encoding chardet is sure of (confidence ≥ 90), if any. */
function confidentMultiByte(input: Uint8Array): string | undefined {
  const best = chardet.analyse(sample(input))[0]
  return best && best.confidence >= 90 && /^(?:Shift_JIS|EUC-JP|EUC-KR|GB18030|Big5|ISO-2022-JP)$/.test(best.name) ? best.name : undefined
}

/** Bytes kept for detection at most: chardet reads every byte it is given (~0.7 ms a KB), and a page's encoding shows in far less. */
const sampleSize = 64 * 1024

/**
 * What chardet is shown of a big page: the bytes around its non-ASCII runs
 * (which tell encodings apart; markup and scripts are ASCII in all of them),
 * each with a little ASCII context, in page order, up to `sampleSize`. A
 * page that small is shown whole.
 */
function sample(input: Uint8Array): Uint8Array {
  if (input.length <= sampleSize) return input
  const kept = new Uint8Array(sampleSize)
  let size = 0
  let index = 0
  while (index < input.length && size < sampleSize) {
    while (index < input.length && input[index]! < 0x80) index++
    if (index >= input.length) break
    // A run of text: from a few bytes before the first non-ASCII byte to a few after the last one close to it.
    const from = Math.max(0, index - 16)
    let to = index
    while (to < input.length && (input[to]! >= 0x80 || input.subarray(to, to + 16).some((byte) => byte >= 0x80))) to++
    to = Math.min(input.length, to + 16)
    const piece = input.subarray(from, Math.min(to, from + sampleSize - size))
    kept.set(piece, size)
    size += piece.length
    index = to
  }
  return size === 0 ? input.subarray(0, sampleSize) : kept.subarray(0, size)
}

function decoderFor(label: string): InstanceType<typeof TextDecoder> | undefined {
  try {
    return new TextDecoder(label.trim().toLowerCase())
  } catch {
    return undefined
  }
}

function latin1(bytes: Uint8Array): string {
  let text = ''
  const chunk = 0x8000
  for (let index = 0; index < bytes.length; index += chunk) {
    text += String.fromCharCode(...bytes.subarray(index, index + chunk))
  }
  return text
}

/** Valid UTF-8 that uses at least one multi-byte sequence. */
function isUtf8WithMultibyte(bytes: Uint8Array): boolean {
  if (isAscii(bytes)) return false
  try {
    new TextDecoder('utf-8', {fatal: true}).decode(bytes)
    return true
  } catch {
    return false
  }
}

function isAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte > 0x7f) return false
  return true
}

function replacementRatio(text: string): number {
  if (text.length === 0) return 0
  let count = 0
  for (let index = text.indexOf('\uFFFD'); index !== -1; index = text.indexOf('\uFFFD', index + 1)) count++
  return count / text.length
}

/**
 * ANSI colours for the formats meant for people, and the usual rules for
 * when to use them: `FORCE_COLOR` (anything but `0`/`false`) forces them on
 * and wins, as in Node's own `tty` colour detection; otherwise a non-empty
 * `NO_COLOR` turns them off (https://no-color.org); otherwise only a
 * terminal that is not `TERM=dumb` gets them.
 */

/** Whether text for a destination should be coloured. */
export function useColor(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR
  if (force !== undefined) return force !== '0' && force !== 'false'
  if (env.NO_COLOR) return false
  return isTTY && env.TERM !== 'dumb'
}

/** Styles by name; each wraps text in its SGR codes, or returns it as is when colour is off. */
export interface Paint {
  bold(text: string): string
  dim(text: string): string
  underline(text: string): string
  red(text: string): string
  yellow(text: string): string
  blue(text: string): string
}

const codes: Record<keyof Paint, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  underline: [4, 24],
  red: [31, 39],
  yellow: [33, 39],
  blue: [34, 39]
}

/** The styles, coloured or plain. */
export function paint(color: boolean): Paint {
  const style = (name: keyof Paint) => (text: string) => (color && text ? `\u001B[${codes[name][0]}m${text}\u001B[${codes[name][1]}m` : text)
  return {bold: style('bold'), dim: style('dim'), underline: style('underline'), red: style('red'), yellow: style('yellow'), blue: style('blue')}
}

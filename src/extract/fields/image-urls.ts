/**
 * What an image URL says about the image: a list where one URL belongs
 * (a `srcset` written into `src` or JSON-LD), a resized rendition of an
 * image named elsewhere in full, or the site's logo or default picture
 * rather than the story's.
 */

/** Query parameters that ask an image server for a resized rendition. */
const resizeParameters = /^(?:w|h|width|height|resize|fit|crop|size|sz|maxwidth|maxheight|imwidth|imheight)$/i

/**
 * A `srcset` ("a.jpg 940w, b.jpg 670w"), written where one URL belongs; the
 * spaces may be percent-encoded ("a.jpg%20940w,%20b.jpg").
 */
export function isSrcsetList(value: string): boolean {
  // One space before the descriptor: a pattern with "(\s|%20)+" would backtrack badly on long runs of them.
  return /\s\d+(?:\.\d+)?[wx]\s*(?:,|$)/i.test(value.replace(/%20/gi, ' ').trim())
}

/** The URL carries a resize parameter (`?w=970`, `&resize=…`). */
export function isResized(url: string): boolean {
  try {
    return [...new URL(url).searchParams.keys()].some((name) => resizeParameters.test(name))
  } catch {
    return false
  }
}

/** Same image file: same origin and path, whatever the query. */
export function sameFile(a: string, b: string): boolean {
  try {
    const left = new URL(a)
    const right = new URL(b)
    return left.origin === right.origin && left.pathname === right.pathname
  } catch {
    return false
  }
}

/**
 * The site's logo, icon, placeholder or default share picture, by its file
 * name ("logo-big.jpg", "favicon.png", "og_default.jpg", "spacer.gif") or its
 * folder ("/icons/", "/logos/"). Not the
 * story's image, though some pages give one as `og:image`.
 */
export function isSiteImage(url: string): boolean {
  let path: string
  try {
    path = decodeURIComponent(new URL(url).pathname).toLowerCase()
  } catch {
    path = url.split(/[?#]/)[0]!.toLowerCase()
  }
  const segments = path.split('/')
  const name = segments.pop() ?? ''
  if (segments.some((segment) => /^(?:icons?|logos?|sprites?|favicons?)$/.test(segment))) return true
  // "default" only where a word starts: "opengraph_default.jpg", "defaultPromo.png", not YouTube's "maxresdefault.jpg".
  return /logo|favicon|placeholder|spacer|sprite|apple-touch|(?:^|[^a-z])default|(?:^|[^a-z])(?:icon|blank|avatar|no-?image|missing)(?:[^a-z]|$)/.test(name)
}

/**
 * A page image too small or too thin to lead a story: a thumbnail, an icon,
 * a banner (sizes as the `<img>` states them; unknown sizes pass).
 */
export function isMinorImage(width: number | undefined, height: number | undefined): boolean {
  if ((width !== undefined && width < 200) || (height !== undefined && height < 100)) return true
  return width !== undefined && height !== undefined && (width > 4 * height || height > 4 * width)
}

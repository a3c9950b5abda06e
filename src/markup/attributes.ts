/**
 * Elements whose value is a link, and the attribute that holds it: shared by
 * microdata (https://html.spec.whatwg.org/multipage/microdata.html#values)
 * and RDFa (where `content`/`resource` are absent).
 */
export const linkAttribute: ReadonlyMap<string, string> = new Map([
  ['a', 'href'],
  ['area', 'href'],
  ['link', 'href'],
  ['audio', 'src'],
  ['embed', 'src'],
  ['iframe', 'src'],
  ['img', 'src'],
  ['source', 'src'],
  ['track', 'src'],
  ['video', 'src'],
  ['object', 'data']
])

import {describe, expect, test} from 'vitest'
import {looksLikeOrganization, parseByline} from '../../src/extract/byline.js'
import {classifyPiece, isDeskName} from '../../src/extract/author-names.js'
import {bylineParts, isAuthorHref, isWriterHref} from '../../src/extract/author-parts.js'
import {parseHtml, walkElements, type Element} from '../../src/parse/index.js'

describe('parseByline', () => {
  const cases: Array<[string, string[], string?]> = [
    ['By News Desk - March 11 2022', ['News Desk'], '2022-03-11'],
    ['By Jane Doe', ['Jane Doe']],
    ['BY JANE DOE', ['JANE DOE']],
    ['By Jane Doe and John Smith', ['Jane Doe', 'John Smith']],
    ['By Jane Doe, John Smith and Ann Lee', ['Jane Doe', 'John Smith', 'Ann Lee']],
    ['By JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL', ['JOSH HASKELL', 'DAVID CAPLAN', 'PATRICK REEVELL']],
    ['Von Max Mustermann und Erika Musterfrau', ['Max Mustermann', 'Erika Musterfrau']],
    ['Por Steven Lee Myers, Keith Bradsher y Tariq Panja', ['Steven Lee Myers', 'Keith Bradsher', 'Tariq Panja']],
    ['Jane Doe', ['Jane Doe']],
    ['Posted by Jane Doe on March 3, 2021', ['Jane Doe'], '2021-03-03'],
    ['著者：後藤大地', ['後藤大地']]
  ]
  test.each(cases)('%s', (text, names, date) => {
    const byline = parseByline(text)
    expect(byline.names).toEqual(names)
    expect(byline.date).toBe(date)
  })
})

describe('parseByline: only names', () => {
  const cases: Array<[string, string[]]> = [
    // Roles, before or after the name, alone or glued.
    ['By Jane Doe, Staff Writer', ['Jane Doe']],
    ['Sam Stein Senior Politics Editor, The Huffington Post', ['Sam Stein']],
    ['Ben Silverman Games Editor', ['Ben Silverman']],
    ['By AP Auto Writer Tom Krisher', ['Tom Krisher']],
    ['By TOM KRISHER, AP Auto Writer', ['TOM KRISHER']],
    ['By Howard BlumeStaff Writer Dec. 16, 2016 2:05 PM PT Facebook Twitter Show more', ['Howard Blume']],
    // Credentials.
    ['Brenda Goodman, MA', ['Brenda Goodman']],
    ['Jane Doe, MS, RDN', ['Jane Doe']],
    // Agencies, desks and the paper beside a person are affiliations.
    ['By Jane Doe | Reuters', ['Jane Doe']],
    ['Fatima Hussein, The Associated Press', ['Fatima Hussein']],
    ['Saibal Dasgupta / TNN / Updated: Oct 9, 2019, 11:05 IST', ['Saibal Dasgupta']],
    ['By Meg Wagner NEW YORK DAILY NEWS Dec 16, 2016 at 1:38 pm', ['Meg Wagner']],
    ['Victor Tangermann, Futurism', ['Victor Tangermann']],
    // Places in brackets; more authors in brackets.
    ['Par Cécile Ducourtieux(Bruxelles, bureau européen)', ['Cécile Ducourtieux']],
    ['Martin Untersinger (avec Damien Leloup et Morgane Tual)', ['Martin Untersinger', 'Damien Leloup', 'Morgane Tual']],
    ['Bruno (Henrique Zecchin) Rodrigues', ['Bruno (Henrique Zecchin) Rodrigues']],
    // Dates, relative times, reading times and share bars end the names.
    ['Teresa NewsomeDec. 2', ['Teresa Newsome']],
    ['Alex Perry 1 day ago', ['Alex Perry']],
    ['By Mervyn Rothstein 6 min read', ['Mervyn Rothstein']],
    ['By Jane Doe | Updated 3 hours ago', ['Jane Doe']],
    ['Mike Cason | mcason@al.com', ['Mike Cason']],
    // Glued prefix; a section before "by".
    ['ByTravis Haney', ['Travis Haney']],
    ['Tech Industry by Steven Musil', ['Steven Musil']],
    ['Text: Лида Буслаева', ['Лида Буслаева']],
    ['Erstellt von Andri Bryner', ['Andri Bryner']],
    // A date label ends the names before a colon or a number; the same word in a name is a name.
    ['Von Max Mustermann Stand: 28.04.2020 18:00 Uhr', ['Max Mustermann']],
    ['Por Ana Ruiz Fecha 12/03/2021', ['Ana Ruiz']],
    ['Data Aaa Aaa', ['Data Aaa Aaa']],
    ['By Aaa Data Aaa', ['Aaa Data Aaa']],
    ['Von Erika Stand', ['Erika Stand']],
    // A week day ends the names when a date or a time follows; else it is a name.
    ['By Jane Doe Monday, March 3, 2021', ['Jane Doe']],
    ['Von Max Mustermann Freitag, 12. März 2021', ['Max Mustermann']],
    ['Par Jean Dupont lundi 3 mars 2021', ['Jean Dupont']],
    ['By Jane Doe Monday at 5pm', ['Jane Doe']],
    ['Von Jan Freitag', ['Jan Freitag']],
    ['Plácido Domingo, Staff Writer', ['Plácido Domingo']]
  ]
  test.each(cases)('%s', (text, names) => {
    expect(parseByline(text).names).toEqual(names)
  })
})

describe('parseByline: initials are not conjunctions', () => {
  test.each([
    ['By Laura E. Adkins December 28, 2016', ['Laura E. Adkins']],
    ['Por Andrew E. Kramer y Tyler Hicks', ['Andrew E. Kramer', 'Tyler Hicks']],
    ['By Brian X. Chen', ['Brian X. Chen']],
    ['Maria Y. Lopez', ['Maria Y. Lopez']]
  ])('%s', (text, names) => {
    expect(parseByline(text).names).toEqual(names)
  })
})

describe('parseByline: no byline, no names', () => {
  test.each([
    'By https://example.com/jane',
    'CAIRO —',
    'Published: Dec. 22, 2016, 6:47 p.m.',
    'Laura E. Adkins is Opinion Editor of the Forward.',
    'Por favor, tente mais tarde! Ok',
    'Developed By Heba Musa',
    'Staff Writer',
    'mikecason',
    'Rezept von',
    'Photo: Jane Doe',
    'Photos by Jane Doe'
  ])('%s', (text) => {
    expect(parseByline(text).names).toEqual([])
  })
})

describe('parseByline: organisations only when no person is named', () => {
  test('a desk alone is an Organization', () => {
    expect(parseByline('By News Desk').entries).toEqual([{name: 'News Desk', type: 'Organization'}])
    expect(parseByline('AFP').entries).toEqual([{name: 'AFP', type: 'Organization'}])
  })
  test('the site beside a person is dropped; alone it stays', () => {
    expect(parseByline('by: Laurie Oakes From: Herald Sun', {siteNames: ['HeraldSun']}).names).toEqual(['Laurie Oakes'])
    expect(parseByline('Mattias Geniar', {siteNames: ['mattiasgeniar']}).entries).toEqual([{name: 'Mattias Geniar', type: 'Person'}])
  })
  test('"Last, First" only when asked (meta dc.creator)', () => {
    expect(parseByline('Jong, Michiel de', {inverted: true}).names).toEqual(['Michiel de Jong'])
    expect(parseByline('Kooman, F.', {inverted: true}).names).toEqual(['F. Kooman'])
    expect(parseByline('Doe, Jane').names).toEqual(['Doe', 'Jane'])
  })
})

describe('parseByline over element parts', () => {
  test('parts keep a name apart from its role and the prefix', () => {
    expect(parseByline([{text: 'Howard Blume'}, {text: 'Staff Writer'}]).names).toEqual(['Howard Blume'])
    expect(parseByline([{text: 'By'}, {text: 'Travis Haney', href: '/User/TravisHaney/'}]).names).toEqual(['Travis Haney'])
    expect(parseByline([{text: 'Par'}, {text: 'Cécile Ducourtieux'}, {text: '(Bruxelles, bureau européen)'}]).names).toEqual(['Cécile Ducourtieux'])
  })
  test('a conjunction in its own part joins names', () => {
    expect(parseByline([{text: 'Por'}, {text: 'Steven Lee Myers,'}, {text: 'Keith Bradsher'}, {text: 'y'}, {text: 'Tariq Panja'}]).names).toEqual(['Steven Lee Myers', 'Keith Bradsher', 'Tariq Panja'])
  })
  test('a link to a home page names a publication, not a person', () => {
    expect(parseByline([{text: 'Tech Insider', href: 'http://www.techinsider.io'}, {text: 'Alex Perry'}, {text: '1 day ago'}]).names).toEqual(['Alex Perry'])
  })
  test('a teaser card (a headline link) and an ad widget are no bylines', () => {
    expect(parseByline([{text: 'Katie Couric', href: '/katiecouric/'}, {text: 'New Yorkers post their feelings about Trump election in subway', href: '/news/x.html'}]).names).toEqual([])
    expect(parseByline([{text: 'by Taboola', href: 'http://popup.taboola.com/'}, {text: 'Sponsored Links', href: 'http://popup.taboola.com/'}]).names).toEqual([])
  })
  test('"From:" in its own part makes the next part a source', () => {
    expect(parseByline([{text: 'by:'}, {text: 'Laurie Oakes'}, {text: 'From:'}, {text: 'Herald Sun'}]).names).toEqual(['Laurie Oakes'])
  })
})

describe('classifyPiece', () => {
  test.each([
    ['Jane Doe', 'person'],
    ['Michiel de Jong', 'person'],
    ['後藤大地', 'person'],
    ['Staff Writer', 'role'],
    ['Senior Politics Editor', 'role'],
    ['MA', 'credential'],
    ['The Huffington Post', 'organization'],
    ['Cleveland.com', 'organization'],
    ['Facebook', 'junk'],
    ['MORE FOR YOU', 'junk'],
    ['Dezember', 'junk'],
    ['S.', 'junk'],
    ['AUTHORING', 'junk']
  ])('%s is %s', (text, kind) => {
    expect(classifyPiece(text).kind).toBe(kind)
  })
})

describe('looksLikeOrganization', () => {
  test.each(['News Desk', 'Reuters', 'Associated Press', 'AFP', 'Staff', 'Redaktion', 'El Sol de México', 'ORF.at'])('%s is an organisation', (name) => {
    expect(looksLikeOrganization(name)).toBe(true)
  })
  test.each(['Jane Doe', 'Alexei Alexandrov', 'Apolline Newsome', 'Ani DiFranco'])('%s is a person', (name) => {
    expect(looksLikeOrganization(name)).toBe(false)
  })
})

describe('isDeskName', () => {
  test.each(['Staff Reports', 'HNN Staff', 'The Associated Press', 'AS', 'AFP'])('%s is never a Person', (name) => {
    expect(isDeskName(name)).toBe(true)
  })
  test.each(['Jane Doe', 'Emma Grey Ellis'])('%s may be a Person', (name) => {
    expect(isDeskName(name)).toBe(false)
  })
})

describe('bylineParts', () => {
  const first = (html: string, tag: string): Element => {
    let found: Element | undefined
    walkElements(parseHtml(html).tree, (node) => {
      if (!found && node.tagName === tag) found = node
    })
    return found!
  }
  test('text is cut at element boundaries, with the enclosing link', () => {
    const node = first('<div class="byline"><a href="/u/travis"><span>By</span>Travis Haney</a> <time>Dec 9</time></div>', 'div')
    expect(bylineParts(node)).toEqual([{text: 'By', href: '/u/travis'}, {text: 'Travis Haney', href: '/u/travis'}, {text: 'Dec 9'}])
  })
  test('hidden elements are skipped', () => {
    const node = first('<p>By <span hidden>x</span><b>Jane Doe</b><script>var a</script></p>', 'p')
    expect(bylineParts(node).map((part) => part.text)).toEqual(['By', 'Jane Doe'])
  })
})

describe('author hrefs', () => {
  test.each(['/author/jane-doe', 'https://news.example/people/jane-doe/', '/staff/kate-davidson', '/u/EvilSpark', '/toireporter/author-Saibal-Dasgupta-13399.cms'])(
    '%s is an author page',
    (href) => {
      expect(isAuthorHref(href)).toBe(true)
    }
  )
  test.each(['/2020/01/story.html', '/tag/politics', '/'])('%s is not', (href) => {
    expect(isAuthorHref(href)).toBe(false)
  })
  test('topic pages about a person and account pages are no writer pages', () => {
    expect(isWriterHref('/author/jane-doe')).toBe(true)
    expect(isWriterHref('/person/donald-trump')).toBe(false)
    expect(isWriterHref('/category/person/taylor-swift')).toBe(false)
    expect(isWriterHref('/u/login')).toBe(false)
    expect(isWriterHref('/member/scrap/')).toBe(false)
  })
})

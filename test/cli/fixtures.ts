/**
 * Small inputs for the command tests.
 */

/** An article page with enough signals for every required field. */
export const articlePage = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Rain falls on the plain | News Example</title>
  <meta name="description" content="The first rain in months reached the plain on Tuesday.">
  <meta property="og:title" content="Rain falls on the plain">
</head>
<body>
  <article>
    <h1>Rain falls on the plain</h1>
    <p class="byline">By Jane Doe</p>
    <time datetime="2024-05-01T10:00:00Z">1 May 2024</time>
    <p>The first rain in months reached the plain on Tuesday, farmers in the valley said.</p>
  </article>
</body>
</html>
`

/** A page whose JSON-LD block has a trailing comma on line 4. */
export const brokenPage = `<!doctype html>
<html><head><title>Broken</title>
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Broken",}
</script>
</head><body><p>Text.</p></body></html>
`

/** A NewsArticle that meets the schema.org vocabulary and Google's Article rules. */
export const goodJsonLd = `${JSON.stringify(
  {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': 'https://news.example/world/rain#article',
    headline: 'Rain falls on the plain',
    description: 'The first rain in months reached the plain on Tuesday.',
    datePublished: '2024-05-01T10:00:00+00:00',
    dateModified: '2024-05-01T12:00:00+00:00',
    inLanguage: 'en',
    image: ['https://news.example/images/rain.jpg'],
    mainEntityOfPage: {'@type': 'WebPage', '@id': 'https://news.example/world/rain'},
    author: [{'@type': 'Person', name: 'Jane Doe', url: 'https://news.example/staff/jane-doe'}],
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: 'News Example',
      url: 'https://news.example/',
      logo: {'@type': 'ImageObject', url: 'https://news.example/logo.png'}
    }
  },
  null,
  2
)}\n`

/** The same document with an unknown property at line 4, column 3 (before `@id`). */
export const misspelledJsonLd = goodJsonLd.replace('"@id"', '"hedline": "Rain",\n  "@id"')

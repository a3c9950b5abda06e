/** The names a site goes by on its pages, for telling them from the story's title. */
import {articleValues, stringOf, type ExtractContext} from '../context.js'

/** Names the site goes by, for removing them from titles. */
export function siteNames(context: ExtractContext): string[] {
  const names = publisherNames(context)
  for (const name of ['application-name', 'apple-mobile-web-app-title', 'twitter:site']) {
    for (const meta of context.signals.meta.get(name) ?? []) names.push(meta.value.replace(/^@/, ''))
  }
  return names
}

/**
 * The names the page gives its publisher outright (JSON-LD `publisher`,
 * `og:site_name`). Unlike `application-name`, which some pages fill with the
 * page title, these never name the story, so a title equal to one is not a headline.
 */
export function publisherNames(context: ExtractContext): string[] {
  const names: string[] = []
  for (const value of articleValues(context, 'publisher')) {
    const name = stringOf(value)
    if (name) names.push(name)
  }
  for (const meta of context.signals.meta.get('og:site_name') ?? []) names.push(meta.value)
  return names
}

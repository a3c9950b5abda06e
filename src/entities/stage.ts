/**
 * The entities stage as the pipeline calls it: the article's main text in,
 * `about` and `mentions` out. Builds the text from the extracted fields and
 * the body found by the content stage (never navigation, bylines or
 * credits); the user's `known` rows go to `findEntities` with the options.
 */
import {builtInEntities} from './data/index.js'
import {findEntities} from './index.js'
import type {EntitiesOptions, EntitiesResult} from './types.js'

/** What the stage needs from extraction: the fields and the body. */
export interface StageInput {
  headline?: string | undefined
  description?: string | undefined
  authors?: ReadonlyArray<{name: string}> | undefined
  publisher?: {name: string} | undefined
  image?: {caption?: string | undefined; creditText?: string | undefined} | undefined
  inLanguage?: string | undefined
  paragraphs: readonly string[]
  captions: readonly string[]
}

/** Find the entities of an extracted article. */
export function runEntities(input: StageInput, options: EntitiesOptions = {}): EntitiesResult {
  const credit = input.image?.creditText
  const exclude = [
    ...(input.authors ?? []).map((author) => author.name),
    ...(input.publisher ? [input.publisher.name] : []),
    ...(credit ? [credit, ...credit.split(/[/,;]|\s+(?:for|via)\s+/).map((part) => part.trim()).filter(Boolean)] : [])
  ]
  // A caption's credit ("(AP Photo/Alexei Alexandrov)") is not text about the story.
  const captions = [...new Set([...input.captions, ...(input.image?.caption ? [input.image.caption] : [])])].map((caption) =>
    credit ? caption.split(credit).join(' ') : caption
  )
  return findEntities(
    {headline: input.headline, description: input.description, paragraphs: input.paragraphs, captions, exclude, language: input.inLanguage},
    builtInEntities,
    options // `options.known` rows are matched before the built-in ones (findEntities merges them)
  )
}

/**
 * The entities stage's data shapes: what the article is about and mentions,
 * and the offline tables entities are recognised and linked with.
 */
import type {GraphEntity} from '../graph/index.js'

/** The schema.org types an entity may have (those the graph stage writes). */
export type EntityType = GraphEntity['type']

/**
 * A known entity: a row of the offline tables (countries from
 * @rapideditor/country-coder, the curated tables in `data/`) or of the
 * user's own table (`entities: {known: […]}`, `--entities-file`).
 */
export interface KnownEntity {
  /** Canonical name, as written in the graph: `Russia`, `Vladimir Putin`, `NATO`. */
  name: string
  type: EntityType
  /** Other names for the same thing, matched exactly (case-sensitive words): `Russian Federation`; `Kiev` for `Kyiv`; `North Atlantic Treaty Organization`. */
  aliases?: readonly string[]
  /**
   * Words whose mentions count toward this entity without naming it, and
   * never replace it: demonyms and adjectives (`Russian`, `Russians`),
   * capitals (`Moscow` for Russia). A mention of one of these adds to the
   * entity's salience; the word alone never makes the entity appear in
   * `about`.
   */
  related?: readonly string[]
  /** Linked-data identifiers: Wikidata entity URLs (`https://www.wikidata.org/wiki/Q159`) and/or Wikipedia URLs. */
  sameAs?: readonly string[]
  /** A role the name carries in news text, kept as `jobTitle` for people (`President of Russia`). */
  jobTitle?: string
}

/** The text the stage reads, by where it stands in the article (never navigation, bylines, credits). */
export interface EntityText {
  headline?: string | undefined
  /** The subtitle / dek. */
  description?: string | undefined
  /** Body paragraphs in order; the first is the lead. */
  paragraphs: readonly string[]
  /** Image captions, without their credit lines. */
  captions: readonly string[]
  /** Names that must never become entities: the authors, the publisher, photo credits, agencies. */
  exclude: readonly string[]
  /**
   * The article's language (BCP 47, from the page). The proper-noun rules
   * are English rules (German capitalises every noun, French titles read
   * differently): for other languages only table entries are found. When
   * absent, the text itself decides (share of English function words).
   */
  language?: string | undefined
}

/** One entity found in the article. */
export interface FoundEntity {
  name: string
  type: EntityType
  /** Salience: higher is more central (headline and dek weigh most, then the lead, the body, captions). */
  score: number
  sameAs?: string[] | undefined
  /** Other names it was written as in this article. */
  alternateName?: string[] | undefined
  /** For people: the title written before the name (`Defense Minister`). */
  jobTitle?: string | undefined
}

export interface EntitiesOptions {
  /** Most entities in `about` + `mentions` together. Default 18 (about ≤ 6, mentions ≤ 12). */
  max?: number
  /** Entities scoring below this are left out. Default chosen by the stage. */
  minScore?: number
  /** Extra known entities, matched before the built-in tables (user data wins on a name clash). */
  known?: readonly KnownEntity[]
}

export interface EntitiesResult {
  /** The few entities the story is about, most salient first (≤ 6). */
  about: FoundEntity[]
  /** The others worth naming (≤ 12). */
  mentions: FoundEntity[]
}

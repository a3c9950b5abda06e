import type {Finding} from '../finding.js'
import type {NormalizedDocument} from '../normalize.js'

export type {Finding}

/** What every profile gets: the document as given and its normalised nodes. */
export interface ProfileContext {
  document: unknown
  normalized: NormalizedDocument
}

/** A validation profile: a pure function from the document to findings. */
export type Profile = (context: ProfileContext) => Finding[]

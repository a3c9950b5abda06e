/**
 * The entities stage: what an article is about and mentions, found with
 * rules and offline tables (no NLP model).
 */
export {findEntities, WEIGHTS} from './find.js'
export type {EntitiesOptions, EntitiesResult, EntityText, EntityType, FoundEntity, KnownEntity} from './types.js'

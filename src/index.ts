/**
 * ldpress: news article HTML → a typed, linked schema.org NewsArticle graph;
 * validation of that graph or of any structured data a page carries; safe emission.
 * This module only re-exports.
 */
export {extract} from './pipeline.js'
export {read} from './reading.js'
export {validateHtml} from './validation.js'
export type {ValidateHtmlOptions} from './validation.js'
export type {ExtractOptions, ExtractResult, Article} from './pipeline.js'
export type {LimitOptions} from './limits.js'
export {defaultLimits} from './limits.js'
export {validate} from './validate/index.js'
export type {ValidateOptions, ValidateResult} from './validate/index.js'
export {toJsonLd, toScriptTag, injectJsonLd, removeJsonLd} from './emit/index.js'
export type {InjectOptions, InjectResult} from './emit/index.js'
export {injectPage} from './inject.js'
export type {ExistingPolicy, InjectAction, InjectPageOptions, InjectPageResult} from './inject.js'
export type {EntitiesOptions, EntityType, FoundEntity, KnownEntity} from './entities/types.js'
export type {Diagnostic, Point, Severity} from './types.js'

/** The canvas document: schema, operations and projections, as one import. */
export * from './schema.ts';
export * from './notes.ts';
export * from './clusters.ts';
export * from './links.ts';
export * from './projection.ts';
export { diffText, type TextChange } from './text.ts';
export { newId } from './validate.ts';

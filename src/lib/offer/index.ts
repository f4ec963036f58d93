export * from './currency.ts';
export * from './format.ts';
export * from './locale.ts';
export * from './parse.ts';
export * from './terms.ts';
export * from './validate.ts';

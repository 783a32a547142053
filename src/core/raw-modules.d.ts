// CSV files are embedded at build time as text (webpack `asset/source`, vite `?raw`), never fetched at run time.
declare module "*.csv?raw" {
  const text: string;
  export default text;
}

// The functions bundle embeds the package model compiled at build time (compiled.ts): JSON, checked when read.
declare module "*?compiled-model" {
  const compiled: unknown;
  export default compiled;
}

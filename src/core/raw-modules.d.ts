// CSV files are embedded at build time as text (webpack `asset/source`, vite `?raw`), never fetched at run time.
declare module "*.csv?raw" {
  const text: string;
  export default text;
}

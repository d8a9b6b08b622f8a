/** Hashed copies and `.br`/`.gz` files for `dist/<name>.js` of every entry name, and `dist/assets.json`. */
export function precompress(distDir: string, names: string[]): void;

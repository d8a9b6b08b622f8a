// Read by `custom-elements-manifest analyze` (the build and `npm run manifest`).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/test/**'],
  outdir: '.',
  litelement: true,
};

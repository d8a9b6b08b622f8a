// React's automatic JSX runtime, as tsconfig's "jsx": "react-jsx" says (Vite reads only tsconfig.json).
export default { esbuild: { jsx: 'automatic' } };

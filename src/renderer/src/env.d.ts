// Vite bundles CSS imported from components; TypeScript only needs to know such imports exist.
declare module '*.css';

// Bundled by scripts/contract.mjs for Node: the schemas plus zod's JSON Schema export (kept out of the element bundles).
export * as z from 'zod/mini';
export * as S from '../src/api/schemas.js';

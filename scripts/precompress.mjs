// Writes maximum-quality brotli (.br) and gzip (.gz) copies of the built app's
// assets, which the relay serves to browsers that accept them. Compressing at build
// time buys the best ratio (brotli quality 11 is too slow to run per request).
// Usage: node scripts/precompress.mjs dist  (subdirectories too: the wasm is in pkg-<hash>/)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/precompress.mjs DIST_DIR');
  process.exit(2);
}
for (const name of readdirSync(dir, { recursive: true })) {
  if (!/\.(wasm|js|css|html|svg|webmanifest)$/.test(name)) continue;
  const bytes = readFileSync(join(dir, name));
  const br = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  writeFileSync(join(dir, `${name}.br`), br);
  writeFileSync(join(dir, `${name}.gz`), gzipSync(bytes, { level: 9 }));
  console.log(`${name}: ${bytes.length} bytes, brotli ${br.length}`);
}

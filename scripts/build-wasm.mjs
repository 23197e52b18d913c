// Builds the browser app's WebAssembly, split into a main module and the modules of
// the pages that load only when opened, and links it into an index.html Trunk has built.
//
// Trunk cannot split: the splitter needs the linker's relocations, which wasm-bindgen
// drops, so it must run between cargo and wasm-bindgen (trunk-rs/trunk#1022). Trunk
// therefore builds index.html, the CSS and the copied files, and runs this script as
// its post_build hook (Trunk.toml) on the staging directory. The steps:
//
//   1. cargo builds crate `app` for wasm32 with the `wasm-release` profile, the linker
//      keeping its relocations (`--emit-relocs`);
//   2. wasm-split-cli (crates.io `wasm_split_cli_support`) cuts the module at every
//      `#[lazy]` function (Leptos' lazy routes): app.wasm, one module per split point
//      and per group of code split points share, and `__wasm_split.js`, which loads
//      them;
//   3. wasm-bindgen writes the JS glue for the main module, keeping the linker's
//      exports (stack pointer, function table) the split modules import;
//   4. wasm-opt -Oz optimises every module;
//   5. everything goes to `pkg-<hash>/` (the hash of its files: they import each other
//      by relative name, so one directory name versions them together), and
//      index.html gets the loader, preload links for the main module and its glue, and
//      the list of lazy modules the service worker precaches for offline use.
//
// Usage: node scripts/build-wasm.mjs [DIST_DIR]  (default: $TRUNK_STAGING_DIR)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dist) {
  console.error('usage: node scripts/build-wasm.mjs DIST_DIR (or run as a Trunk hook)');
  process.exit(2);
}
const targetDir = process.env.CARGO_TARGET_DIR ?? join(root, 'target');
const profile = 'wasm-release';

function run(command, args, env = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...env },
  });
  if (result.error) throw new Error(`${command}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: exit ${result.status}`);
}

// 1. The linker keeps its relocations for the splitter. Appended to any RUSTFLAGS the
// caller set; the flag changes nothing in the code generated.
const rustflags = [process.env.RUSTFLAGS, '-Clink-args=--emit-relocs'].filter(Boolean).join(' ');
run('cargo', ['build', '-p', 'app', '--bin', 'app', '--target', 'wasm32-unknown-unknown', '--profile', profile],
  { RUSTFLAGS: rustflags });
const input = join(targetDir, 'wasm32-unknown-unknown', profile, 'app.wasm');

// 2. Split.
const work = join(targetDir, 'praxis-wasm-split');
rmSync(work, { recursive: true, force: true });
const split = join(work, 'split');
run('wasm-split-cli', [input, split, '--out-name', 'app']);

// 3. The JS glue for the main module.
const bound = join(work, 'bindgen');
run('wasm-bindgen', ['--target', 'web', '--keep-lld-exports', '--no-typescript',
  '--out-name', 'app', '--out-dir', bound, join(split, 'app.wasm')]);

// 4. Optimise each module into the package directory.
const pkg = join(work, 'pkg');
mkdirSync(pkg);
const lazy = readdirSync(split).filter((name) => name.endsWith('.wasm') && name !== 'app.wasm').sort();
// PRAXIS_WASM_NAMES=1 keeps the function names (`-g`), for a CPU profile that names
// what it measures; the code is the same, the modules larger. Never for a release.
const keepNames = process.env.PRAXIS_WASM_NAMES === '1' ? ['-g'] : [];
for (const [from, name] of [[join(bound, 'app_bg.wasm'), 'app_bg.wasm'], ...lazy.map((n) => [join(split, n), n])]) {
  run('wasm-opt', ['-Oz', ...keepNames, from, '-o', join(pkg, name)]);
}
copyFileSync(join(bound, 'app.js'), join(pkg, 'app.js'));
copyFileSync(join(split, '__wasm_split.js'), join(pkg, '__wasm_split.js'));
const files = readdirSync(pkg).sort();
if (readdirSync(bound).some((name) => !['app.js', 'app_bg.wasm'].includes(name))) {
  throw new Error(`wasm-bindgen wrote files this script does not place: ${readdirSync(bound)}`);
}

// 5. Version the package by its content and link it into index.html.
const hash = createHash('sha256');
for (const name of files) hash.update(name).update(readFileSync(join(pkg, name)));
const dir = `pkg-${hash.digest('hex').slice(0, 16)}`;
mkdirSync(join(dist, dir));
for (const name of files) copyFileSync(join(pkg, name), join(dist, dir, name));

const js = `/${dir}/app.js`;
const wasm = `/${dir}/app_bg.wasm`;
// The lazy modules and their loader are named here for the service worker only (it
// precaches every asset path quoted in index.html); the browser fetches a lazy module
// the first time a page needs it.
const offline = [`/${dir}/__wasm_split.js`, ...lazy.map((name) => `/${dir}/${name}`)];
const head =
  `<script type=module>import init from "${js}";await init({module_or_path:"${wasm}"})</script>` +
  `<link crossorigin href=${js} rel=modulepreload>` +
  `<link as=fetch crossorigin href=${wasm} rel=preload type=application/wasm>` +
  `<script id=lazy-modules type=application/json>${JSON.stringify(offline)}</script>`;
const indexPath = join(dist, 'index.html');
const html = readFileSync(indexPath, 'utf8');
if (!html.includes('</head>')) throw new Error(`${indexPath} has no </head>`);
writeFileSync(indexPath, html.replace('</head>', `${head}</head>`));
for (const name of files) {
  console.log(`${dir}/${name}: ${readFileSync(join(dist, dir, name)).length} bytes`);
}

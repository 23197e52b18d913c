# Shared by the scripts: where builds and tools live. Sourced, not run.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/praxis-target}"
export PRAXIS_TOOLS="${PRAXIS_TOOLS:-$HOME/.cache/praxis/tools}"
export PATH="$HOME/.cargo/bin:$PRAXIS_TOOLS/node_modules/.bin:$PATH"

# Builds the browser app into dist/: Trunk builds index.html, the CSS and the copied
# files, and its post_build hook (scripts/build-wasm.mjs) the wasm, split at the lazy
# routes, with the locally installed wasm-split-cli, wasm-bindgen and wasm-opt; then
# writes brotli and gzip copies of the assets for the relay to serve.
build_app() {
  # `&&`: a failed trunk build must not leave the previous build precompressed as if new.
  (cd "$root" && trunk build --release --skip-version-check) &&
    node "$root/scripts/precompress.mjs" "$root/dist"
}

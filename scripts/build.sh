#!/usr/bin/env bash
# Builds the release app into dist/ (offline, size-optimised, wasm-opt from npm's binaryen).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
trunk build --release --offline

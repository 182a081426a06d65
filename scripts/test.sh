#!/usr/bin/env bash
# Command 2: install what the tests need, then run the whole suite:
# lint gate (fmt, clippy native + wasm32), native unit tests, release build, browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

step() { printf '\n==> %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all --check

step "cargo clippy (native)"
cargo clippy --workspace --all-targets -- -D warnings

step "cargo clippy (wasm32)"
cargo clippy --workspace --target wasm32-unknown-unknown -- -D warnings

step "cargo test (domain, native)"
cargo test --workspace

step "release build"
scripts/build.sh

step "end-to-end tests (headless Chromium)"
node --test --test-concurrency=1 tests/e2e/

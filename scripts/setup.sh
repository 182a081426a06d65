#!/usr/bin/env bash
# Installs everything the build needs, from registries only, skipping what is already there
# at the right version. `scripts/setup.sh --test` also installs what the tests need.
# Safe to run again: a warm run takes seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
want_test=${1:-}

say() { printf '\n==> %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say "Rust target wasm32-unknown-unknown"
rustup target list --installed | grep -qx wasm32-unknown-unknown \
  || rustup target add wasm32-unknown-unknown

if [ "$want_test" = "--test" ]; then
  rustup component list --installed | grep -q '^clippy' || rustup component add clippy
  rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
fi

say "Trunk $TRUNK_VERSION"
if trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  echo "already installed"
else
  echo "compiling Trunk from crates.io: about 10-13 minutes on 2 cores, once"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
say "wasm-bindgen-cli $WBG_VERSION"
if wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WBG_VERSION"; then
  echo "already installed"
else
  # No --locked: one of its locked dependencies is no longer on the registry.
  cargo install wasm-bindgen-cli --version "$WBG_VERSION"
fi

# wasm-split-cli splits the app's module into chunks (src/app/split.rs); it comes from the
# same project, at the same version, as the wasm_split_helpers crate in Cargo.lock.
WSPLIT_VERSION=$(awk '/^name = "wasm_split_helpers"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
say "wasm-split-cli $WSPLIT_VERSION"
if cargo install --list | grep -qx "wasm_split_cli_support v$WSPLIT_VERSION:" \
   && command -v wasm-split-cli >/dev/null; then
  echo "already installed"
else
  cargo install wasm_split_cli_support --version "$WSPLIT_VERSION" --features build-binary --locked
fi

say "npm packages (binaryen wasm-opt, playwright-core, smol-toml, axe-core)"
if [ -d node_modules/binaryen ] && [ -d node_modules/playwright-core ] && [ -d node_modules/smol-toml ] && [ -d node_modules/axe-core ] \
   && [ node_modules/.package-lock.json -nt package-lock.json ]; then
  echo "already installed"
else
  npm ci --no-audit --no-fund
fi

if [ "$want_test" = "--test" ]; then
  say "Chromium and poppler-utils (Debian packages)"
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null \
     && command -v pdftotext >/dev/null; then
    echo "already installed"
  else
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      chromium chromium-driver poppler-utils
  fi
  # The packet's Word copy is checked by converting it to PDF with LibreOffice Writer.
  say "LibreOffice Writer (Debian package, headless)"
  if command -v soffice >/dev/null; then
    echo "already installed"
  else
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      libreoffice-writer
  fi
fi

#!/usr/bin/env bash
# Command 1: install what is missing, build the release app and serve it on 127.0.0.1.
# PORT=9000 scripts/serve.sh serves on another port (default 8080).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
exec node scripts/static-server.mjs --dir dist --port "${PORT:-8080}"

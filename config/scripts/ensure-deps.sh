#!/usr/bin/env bash
# Installs npm packages when node_modules is missing or older than package-lock.json.
# `npm ci` refuses this registry's lockfile (no macOS/Windows binaries), so
# `npm install`, which honours the lockfile, is used instead.
set -euo pipefail
cd "$(dirname "$0")/../.."
stamp=node_modules/.package-lock.json
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ] || [ package.json -nt "$stamp" ]; then
  echo "Installing npm packages (first run takes about 2-3 minutes)..."
  npm install --no-audit --no-fund --loglevel=error
fi

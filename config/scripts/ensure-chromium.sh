#!/usr/bin/env bash
# The browser journeys drive Debian's chromium (Playwright cannot download
# browsers here) and need a CJK font for readable screenshots.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ] && dpkg -s fonts-wqy-zenhei >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
  echo "The browser journeys need Debian's chromium and fonts-wqy-zenhei: run 'apt-get install -y chromium fonts-wqy-zenhei' as root." >&2
  exit 1
fi
echo "Installing Debian's chromium and a CJK font for the browser journeys..."
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium fonts-wqy-zenhei >/dev/null

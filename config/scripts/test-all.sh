#!/usr/bin/env bash
# The whole test suite: Jest (unit, integration, contract), the weapp runtime
# check (the built mini-program booted in a WeChat-shaped realm) and the RN
# runtime check (the Android bundle booted over stubbed native modules), both
# against the mock server, then the browser journeys on the production H5 mock
# build in Chromium.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash config/scripts/ensure-deps.sh
npm run test:unit
npm run test:weapp
npm run test:rn
bash config/scripts/ensure-chromium.sh
npm run e2e

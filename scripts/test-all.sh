#!/usr/bin/env bash
# Every check the project has, in one command (`npm test`): format, lint, typecheck, unit tests (Vitest),
# production build, the offline single-file build, and end-to-end tests in Debian's Chromium (Playwright). Ends with one plain line
# `N passed, N failed` that CI reads (Vitest's and Playwright's own summaries are not recognised there).
set -u
cd "$(dirname "$0")/.."
mkdir -p test-results
passed=0
failed=0

count_step() { # name, command...
  local name=$1
  shift
  echo "==> $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $name"; fi
}

count_step "format check (prettier)" npx prettier --check . --log-level warn
count_step "lint (eslint, dependency rules)" npx eslint --max-warnings=0 .
count_step "typecheck (engine core without DOM, then everything)" npm run --silent typecheck

echo "==> unit and component tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile=test-results/vitest.json
vitest_rc=$?
read -r vp vf < <(node -e '
  try { const r = require("./test-results/vitest.json"); console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites || 0)); }
  catch { console.log("0 1"); }')
passed=$((passed + vp))
failed=$((failed + vf))
if [ "$vitest_rc" -ne 0 ] && [ "$vf" -eq 0 ]; then failed=$((failed + 1)); fi

count_step "production build (vite)" npx vite build --logLevel warn
count_step "offline single-file build (file://)" npx vite build --config vite.offline.config.ts --logLevel warn

if ls tests/e2e/*.spec.ts >/dev/null 2>&1; then
  if ! chromium_path=$(bash scripts/find-chromium.sh); then
    failed=$((failed + 1))
  else
    echo "==> end-to-end tests (playwright, $chromium_path)"
    CHROMIUM_PATH="$chromium_path" npx playwright test
    read -r pp pf < <(node -e '
      const fs = require("fs");
      try {
        const s = JSON.parse(fs.readFileSync("test-results/playwright.json", "utf8")).stats; console.log(s.expected + (s.flaky || 0), s.unexpected);
      } catch { console.log("0 1"); }')
    passed=$((passed + pp))
    failed=$((failed + pf))
  fi
fi

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

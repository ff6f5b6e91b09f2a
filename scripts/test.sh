#!/usr/bin/env bash
# The test command: installs what is missing, builds, runs every test; non-zero on any failure.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/setup.sh"
cd "${JUNHENG_BUILD_DIR:-$root/build}"
# Pages render offscreen in the tests; no display is needed.
export QT_QPA_PLATFORM=offscreen
ctest --output-on-failure --parallel 2 --timeout 300
# In CI, a short fuzzing run of the server's request decoding and form definitions (clang, libFuzzer).
if [[ "${CI:-}" == "true" ]]; then
    JUNHENG_FUZZ_SECONDS="${JUNHENG_FUZZ_SECONDS:-30}" bash "$root/tests/fuzz/run-fuzz.sh"
fi

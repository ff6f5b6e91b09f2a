#!/usr/bin/env bash
# Builds the libFuzzer targets with clang into build-fuzz/ and runs each for JUNHENG_FUZZ_SECONDS
# (default 30), seeded with valid inputs (a push body plain and gzipped; the built-in forms).
# Non-zero when a target finds a crash, leak or sanitizer error; the input is kept in build-fuzz/artifacts.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${JUNHENG_FUZZ_BUILD_DIR:-$root/build-fuzz}"
seconds="${JUNHENG_FUZZ_SECONDS:-30}"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [[ ! -f "$build/build.ninja" ]]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
        -DJUNHENG_BUILD_FUZZ=ON -DJUNHENG_BUILD_APP=OFF -DJUNHENG_BUILD_TESTS=OFF -DJUNHENG_BUILD_BENCH=OFF \
        "${launcher[@]}" >/dev/null
fi
cmake --build "$build" --parallel "$(nproc)" --target RequestDecodeFuzz FormDefinitionFuzz

work="$build/fuzz-run"
rm -rf "$work"
mkdir -p "$work/request-seeds" "$work/form-seeds" "$work/request" "$work/form" "$build/artifacts"
push='{"records":[{"uuid":"0f8fad5b-d9cb-469f-a165-70867728950e","form_id":"S4","form_version":1,"school_code":"3703990101","cycle":"2025","status":"finalised","revision":1,"base_revision":0,"payload":{"classes":36,"music_room_areas":[100,98]},"payload_hash":"00","updated_at":"2026-11-23T08:15:00Z"}]}'
{ printf '\0'; printf '%s' "$push"; } >"$work/request-seeds/plain"
{ printf '\1'; printf '%s' "$push" | gzip -c; } >"$work/request-seeds/gzip"
{ printf '\0'; printf '{"code":"K7QM-3XPD","device_name":"平板"}'; } >"$work/request-seeds/enrol"
cp "$root"/forms/*.json "$work/form-seeds/"

status=0
run() {
    local target=$1 corpus=$2 seeds=$3
    echo "==> $target for ${seconds}s"
    if ! "$build/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=262144 -print_final_stats=1 -artifact_prefix="$build/artifacts/$target-" \
        "$corpus" "$seeds" 2>"$work/$target.log"; then
        echo "!! $target found a problem:" >&2
        tail -40 "$work/$target.log" >&2
        status=1
    else
        grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$work/$target.log" || true
    fi
}
run RequestDecodeFuzz "$work/request" "$work/request-seeds"
run FormDefinitionFuzz "$work/form" "$work/form-seeds"
exit $status

#!/usr/bin/env bash
# Builds the libFuzzer harnesses of tests/fuzz with clang, address and undefined-behaviour sanitizers (only the
# core and the harnesses, -O1, in build-fuzz) and runs each for SECONDS seconds, starting from the checked-in
# corpus and every past crash. New inputs go to build-fuzz/corpus/<harness>, crashes to
# build-fuzz/crashes/<harness>-*; copy a crash into tests/fuzz/crashes/<harness>/ once it is fixed.
# Usage: [FUZZ_CXXFLAGS=...] scripts/fuzz.sh [SECONDS] [HARNESS...]   (harnesses: design_json csd plan catalog
# edits netbox)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
harnesses=("$@")
((${#harnesses[@]})) || harnesses=(design_json csd plan catalog edits netbox)

# FUZZ_CXXFLAGS: -O1 finds more per second; CI's smoke builds with -O0, which compiles in half the time.
flags=${FUZZ_CXXFLAGS:--O1 -gline-tables-only}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCS_FUZZ=ON -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_FLAGS_DEBUG="$flags" "${launcher[@]}" >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target "${harnesses[@]/#/fuzz_}"

dictionary() {
  case "$1" in
    csd) echo tests/fuzz/csd.dict ;;
    netbox) echo tests/fuzz/netbox.dict ;;
    *) echo tests/fuzz/json.dict ;;
  esac
}
mkdir -p build-fuzz/crashes
for name in "${harnesses[@]}"; do
  mkdir -p "build-fuzz/corpus/$name"
  seeds=("tests/fuzz/corpus/$name")
  [ -d "tests/fuzz/crashes/$name" ] && seeds+=("tests/fuzz/crashes/$name")
  log="build-fuzz/$name.log"
  status=0
  "build-fuzz/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 \
    -dict="$(dictionary "$name")" -artifact_prefix="build-fuzz/crashes/$name-" -print_final_stats=1 \
    "build-fuzz/corpus/$name" "${seeds[@]}" >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  echo "fuzz: $name: ${runs:-0} executions in ${seconds}s"
  if ((status != 0)); then
    grep -E "broken promise|ERROR|SUMMARY|Test unit written" "$log" || tail -20 "$log"
    echo "fuzz: $name failed (log: $log)"
    exit 1
  fi
done
echo "fuzz: ${#harnesses[@]} passed, 0 failed"

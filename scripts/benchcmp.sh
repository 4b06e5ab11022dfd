#!/usr/bin/env bash
# Compares the benchmarks of two revisions with benchstat.
#
# usage: scripts/benchcmp.sh [OLD_REV]      (default HEAD~1; the new side is the working tree)
#   BENCH=regexp  benchmarks to run (default: the extraction stages and encoders)
#   COUNT=n       runs of each benchmark (default 6, as benchstat wants)
#   PKGS="..."    packages (default: ./extract ./graph)
set -euo pipefail
root=$(git rev-parse --show-toplevel)
old=${1:-HEAD~1}
bench=${BENCH:-Stage|Extract|Encode}
count=${COUNT:-6}
pkgs=${PKGS:-./extract ./graph}
tmp=$(mktemp -d)
cleanup() { git -C "$root" worktree remove --force "$tmp/old" >/dev/null 2>&1 || true; rm -rf "$tmp"; }
trap cleanup EXIT
git -C "$root" worktree add -q --detach "$tmp/old" "$old"
echo "benchmarks of $old ..." >&2
(cd "$tmp/old" && go test $pkgs -run '^$' -bench "$bench" -count "$count") >"$tmp/old.txt"
echo "benchmarks of the working tree ..." >&2
(cd "$root" && go test $pkgs -run '^$' -bench "$bench" -count "$count") >"$tmp/new.txt"
go run golang.org/x/perf/cmd/benchstat@latest "$tmp/old.txt" "$tmp/new.txt"

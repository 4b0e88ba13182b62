# SPDX-License-Identifier: Apache-2.0
# Sourced by the guest scripts of tools/benchmarks and tools/bench-trixie: how a figure is taken.
# Plain sh tools only (sed, sort, date): the armhf root has no awk. Times in ms.

# median N CMD...: the median of N runs of CMD, after one run that must succeed
median() {
  local n=$1 i s
  shift
  "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
  for i in $(seq 1 "$n"); do
    s=$(date +%s%N)
    "$@" >/dev/null 2>&1
    echo $(( ($(date +%s%N) - s) / 1000000 ))
  done | sort -n | sed -n "$(( (n + 1) / 2 ))p"
}

# once CMD...: one run, which must succeed
once() {
  local s
  s=$(date +%s%N)
  "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
  echo $(( ($(date +%s%N) - s) / 1000000 ))
}

# paired N W OURS PEER: ours and its peer in turns, N rounds after W warm-up calls of ours, so both
# meet the same machine (under TCG the figures drift over minutes); prints "OURS PEER" medians.
# OURS and PEER are command lines, split on spaces.
paired() {
  local n=$1 w=$2 a=$3 b=$4 ta= tb= s i t
  for i in $(seq 1 "$w"); do $a >/dev/null 2>&1; done
  for i in $(seq 1 "$n"); do
    s=$(date +%s%N); $a >/dev/null 2>&1; ta="$ta $(( ($(date +%s%N) - s) / 1000000 ))"
    s=$(date +%s%N); $b >/dev/null 2>&1; tb="$tb $(( ($(date +%s%N) - s) / 1000000 ))"
  done
  for t in "$ta" "$tb"; do printf '%s\n' $t | sort -n | sed -n "$(( (n + 1) / 2 ))p"; done | tr '\n' ' '
  echo
}

# rss: the resident engine's memory in MB, as 'i2ckit engine status' says it
rss() { i2ckit engine status | sed -n 's/.*resident memory \([0-9]*\) MB.*/\1/p'; }

# inside: the median time of the engine's last commands inside it, in ms
inside() { i2ckit engine status | sed -n 's/.*took a median of \([0-9.]*\) ms.*/\1/p'; }

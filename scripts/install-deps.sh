#!/usr/bin/env bash
# Installs everything coil builds and tests with, on Debian 12 (bookworm).
# Idempotent and quiet: packages already present are skipped by apt-get.
# Run as root (CI does); otherwise it re-runs itself through sudo.
#   --with-pypy   also install Debian's pypy3 (for perf/run's PyPy column)
set -euo pipefail

with_pypy=0
for arg in "$@"; do
  case $arg in
    --with-pypy) with_pypy=1 ;;
    *) echo "usage: $0 [--with-pypy]" >&2; exit 2 ;;
  esac
done

if [ "$(id -u)" -ne 0 ]; then
  exec sudo -E bash "$0" "$@"
fi

pkgs=(
  build-essential cmake pkg-config git
  llvm-19-dev libgccjit-12-dev libcapstone-dev libcmocka-dev
  libgmp-dev libmimalloc-dev libutf8proc-dev libpcre2-dev libedit-dev
  zlib1g-dev libbz2-dev liblzma-dev libzstd-dev libssl-dev libffi-dev libxml2-dev libtinfo-dev
  libsqlite3-dev
  python3 time tzdata
)
if [ "$with_pypy" = 1 ]; then pkgs+=(pypy3); fi

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

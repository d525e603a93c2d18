#!/bin/sh
# Installs what is missing, builds with warnings as errors, and runs every test.
set -eu
cd "$(dirname "$0")/.."
sh scripts/deps.sh
cmake --preset default
cmake --build --preset default
ctest --preset default

#!/bin/sh
# Installs what is missing, builds with warnings as errors, and runs every test.
# Arguments go to ctest (CI passes --repeat until-fail:3).
set -eu
cd "$(dirname "$0")/.."
sh scripts/deps.sh
cmake --preset default
cmake --build --preset default
ctest --preset default "$@"

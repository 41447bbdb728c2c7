#!/usr/bin/env bash
# build.sh: installs what is missing of the runtime layer (setup.sh), then configures and builds
# parley into build/ (optimised, with debug info, warnings as errors).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPARLEY_WERROR=ON
cmake --build build -j "$(nproc)"

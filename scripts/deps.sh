#!/bin/sh
# Installs what OOM Lens needs to build, run and test on Debian 12 (bookworm).
# Calls apt-get only when something is missing, so a second run costs nothing.
set -eu
PKGS="g++ cmake ninja-build pkg-config
qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev libqt6sql6-sqlite
qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools libxkbcommon-dev
libarchive-dev libzstd-dev libsystemd-dev qtkeychain-qt6-dev zstd xz-utils gzip clang-format ccache
clang libfuzzer-14-dev libclang-rt-14-dev
systemd-journal-remote prometheus prometheus-node-exporter apache2-utils earlyoom atop nohang curl
xvfb xauth imagemagick fonts-dejavu-core fonts-noto-cjk pkexec policykit-1 procps"
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    echo "Installing:$missing"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends $missing
fi

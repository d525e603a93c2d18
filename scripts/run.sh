#!/bin/sh
# Starts the desktop program: on the live host with no argument, or on the files given.
# Without a display it runs inside Xvfb so that the command works on a bare server too.
set -eu
here=$(dirname "$0")/..
bin="$here/build/app/oomlens/oomlens"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$bin" "$@"
fi
echo "No display: starting OOM Lens inside Xvfb (1280x800)." >&2
exec xvfb-run -a -s "-screen 0 1280x800x24" "$bin" "$@"

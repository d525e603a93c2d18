# Sourced by the benchmarks: loads the host with NPROC extra processes (sleep) spread over NCG
# extra memory cgroups (256 MiB limit each), and removes them again on exit.
# Needs root. Set NPROC, NCG and NAME (the cgroup directory's prefix) before sourcing.

[ "$(id -u)" -eq 0 ] || { echo "run as root (creates cgroups)" >&2; exit 2; }

# Where to make cgroups: the v1 memory hierarchy, else cgroup2 with the memory controller.
if [ -f /sys/fs/cgroup/memory/memory.limit_in_bytes ]; then
    BASE=/sys/fs/cgroup/memory/$NAME-$$
    LIMIT_FILE=memory.limit_in_bytes
elif grep -qw memory /sys/fs/cgroup/cgroup.controllers 2>/dev/null; then
    BASE=/sys/fs/cgroup/$NAME-$$
    LIMIT_FILE=memory.max
else
    echo "no memory cgroup hierarchy found" >&2; exit 2
fi

PIDS=()
cleanup() {
    [ ${#PIDS[@]} -gt 0 ] && kill "${PIDS[@]}" 2>/dev/null || true
    wait 2>/dev/null || true
    for ((c = 0; c < NCG; c++)); do rmdir "$BASE/cg$c" 2>/dev/null || true; done
    rmdir "$BASE" 2>/dev/null || true
}
trap cleanup EXIT

mkdir "$BASE"
[ "$LIMIT_FILE" = memory.max ] && echo +memory > "$BASE/cgroup.subtree_control"
for ((c = 0; c < NCG; c++)); do
    mkdir "$BASE/cg$c"
    echo $((256 << 20)) > "$BASE/cg$c/$LIMIT_FILE"
done
for ((i = 0; i < NPROC; i++)); do
    ( echo $BASHPID > "$BASE/cg$((i % NCG))/cgroup.procs"; exec sleep 3600 ) &
    PIDS+=($!)
done
sleep 1

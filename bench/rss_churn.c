/* bench/rss_churn.c: N processes whose resident memory changes every second (for
 * bench/record_bench.sh "churn"). Each child moves itself into cgroup BASE/cg<i % NCG>, then every
 * second maps or unmaps 4..64 KiB of touched anonymous memory (so VmRSS/RssAnon change each
 * second) and sleeps. Usage: rss_churn N BASE NCG (runs until killed; children die with it). */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <unistd.h>

static void child(int i, const char *base, int ncg) {
    char path[512];
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    snprintf(path, sizeof path, "%s/cg%d/cgroup.procs", base, i % ncg);
    FILE *f = fopen(path, "w");
    if (f) {
        fprintf(f, "%d\n", getpid());
        fclose(f);
    }
    char *blocks[64] = {0};
    size_t sizes[64] = {0};
    unsigned seed = (unsigned)getpid();
    usleep((useconds_t)(rand_r(&seed) % 1000000));
    for (int t = 0;; ++t) {
        int slot = t % 64;
        if (blocks[slot]) {
            munmap(blocks[slot], sizes[slot]);
            blocks[slot] = 0;
        } else {
            sizes[slot] = (size_t)(1 + rand_r(&seed) % 16) * 4096;
            blocks[slot] = mmap(0, sizes[slot], PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            if (blocks[slot] == MAP_FAILED) blocks[slot] = 0;
            else memset(blocks[slot], t, sizes[slot]);
        }
        sleep(1);
    }
}

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: rss_churn N BASE NCG\n");
        return 2;
    }
    int n = atoi(argv[1]), ncg = atoi(argv[3]);
    for (int i = 0; i < n; ++i)
        if (fork() == 0) child(i, argv[2], ncg > 0 ? ncg : 1);
    pause();
    return 0;
}

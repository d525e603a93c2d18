// Events built by hand from the figures of real corpus reports, shared by the diagnosis rule tests.
#pragma once

#include "analysis/Diagnosis.h"

#include <QList>

namespace diagnosis_test {

using namespace oomlens;

inline ZoneWatermarks zone(int node, const char *name, Bytes freeKb, Bytes minKb,
                           QList<std::uint64_t> reserve, LineNo line) {
    ZoneWatermarks z;
    z.line = line;
    z.node = node;
    z.zone = QString::fromLatin1(name);
    z.free = freeKb * KiB;
    z.min = minKb * KiB;
    z.low = minKb * KiB * 5 / 4;
    z.high = minKb * KiB * 3 / 2;
    z.lowmemReserve = reserve;
    return z;
}

// counts per order from order 0, 4 KiB pages; letters for every non-zero count.
inline BuddyLine buddy(int node, const char *name, QList<std::uint64_t> counts, LineNo line) {
    BuddyLine b;
    b.line = line;
    b.node = node;
    b.zone = QString::fromLatin1(name);
    for (qsizetype o = 0; o < counts.size(); ++o)
        b.orders.append(
            BuddyOrder{Bytes(4 * KiB) << o, counts.at(o), counts.at(o) ? QStringLiteral("UM") : QString()});
    return b;
}

inline Invoker invoker(const char *flags, int order, LineNo line = 1) {
    Invoker i;
    i.line = line;
    i.comm = QStringLiteral("test");
    i.order = order;
    GfpMask g;
    g.flags = QString::fromLatin1(flags).split(u'|');
    i.gfpMask = g;
    return i;
}

inline ConstraintLine constraint(const char *c, LineNo line = 90) {
    ConstraintLine l;
    l.line = line;
    l.constraint = QString::fromLatin1(c);
    return l;
}

// k4.4-ubuntu-global-order3-fragmentation-syslog.log, lines 49-57 (x86_64, 4 KiB pages).
inline OomEvent k44Fragmentation() {
    OomEvent e;
    e.invoker = invoker("GFP_KERNEL|__GFP_COMP", 3);
    e.pageSize = 4 * KiB;
    e.zones = {zone(0, "DMA", 15784, 0, {0, 3365, 7828, 7828, 7828}, 49),
               zone(0, "DMA32", 17904, 0, {0, 0, 4462, 4462, 4462}, 51),
               zone(0, "Normal", 0, 0, {0, 0, 0, 0, 0}, 53)};
    e.buddy = {buddy(0, "DMA", {0, 1, 0, 1, 2, 2, 0, 0, 1, 1, 3}, 55),
               buddy(0, "DMA32", {266, 1985, 59, 0, 0, 0, 0, 0, 0, 0, 0}, 56),
               buddy(0, "Normal", {26, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 57)};
    return e;
}

// k5.13-next-global-hyperv-kde-journal-warn-alloc-first.log, lines 93-98.
inline OomEvent k513Global() {
    OomEvent e;
    e.invoker = invoker("GFP_HIGHUSER_MOVABLE", 0, 56);
    e.constraint = constraint("CONSTRAINT_NONE", 192);
    e.pageSize = 4 * KiB;
    e.zones = {zone(0, "DMA", 6344, 296, {0, 1390, 3396, 3396, 3396}, 93),
               zone(0, "DMA32", 35512, 27540, {0, 0, 2006, 2006, 2006}, 95),
               zone(0, "Normal", 39296, 39744, {0, 0, 0, 0, 0}, 97)};
    return e;
}

inline Diagnosis run(const OomEvent &e) {
    return diagnose({e}).value(0);
}

} // namespace diagnosis_test

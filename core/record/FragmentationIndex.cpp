// SPDX-License-Identifier: GPL-2.0-or-later
#include "FragmentationIndex.h"

namespace oomlens {

QList<std::optional<double>> unusableFreeIndex(const QList<quint64> &blocks) {
    // Work in long double: 2^10 * 10^7 blocks stays exact far beyond any real zone.
    long double freePages = 0;
    for (qsizetype o = 0; o < blocks.size(); ++o)
        freePages += (long double)blocks[o] * (long double)(1ull << o);
    QList<std::optional<double>> out;
    out.reserve(blocks.size());
    long double suitable = freePages; // pages in blocks of order >= o
    for (qsizetype o = 0; o < blocks.size(); ++o) {
        if (freePages == 0) {
            out.append(std::nullopt);
            continue;
        }
        out.append(double((freePages - suitable) / freePages));
        suitable -= (long double)blocks[o] * (long double)(1ull << o);
    }
    return out;
}

} // namespace oomlens

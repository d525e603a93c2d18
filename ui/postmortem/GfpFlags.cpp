// SPDX-License-Identifier: GPL-2.0-or-later
#include "GfpFlags.h"

#include <QCoreApplication>
#include <QHash>

namespace oomlens::ui {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("oomlens::ui::GfpFlags", text, disambiguation, n);
}

// Whole hex values seen in reports of known kernel eras (shared docs kernel-oom-log-format.md
// section 14). Anything else stays undecoded rather than guessed.
struct KnownMask {
    std::uint64_t value;
    const char *flags;
    const char *era;
    bool exact; // false: the value holds further bits we do not name
};
constexpr KnownMask kKnownMasks[] = {
    {0xd0, "GFP_KERNEL", "2.6-4.9", true},
    {0x14000c0, "GFP_KERNEL", "4.10-4.x", true},
    {0x6000c0, "GFP_KERNEL", "4.x", true},
    {0xcc0, "GFP_KERNEL", "5.x-6.x", true},
    {0x200da, "GFP_HIGHUSER_MOVABLE", "2.6-3.x", true},
    {0x201da, "GFP_HIGHUSER_MOVABLE", "2.6-3.x", false},
    {0x280da, "GFP_HIGHUSER_MOVABLE", "2.6-3.x", false},
    {0x14280ca, "GFP_HIGHUSER_MOVABLE|__GFP_ZERO", "4.x", true},
    {0x6280ca, "GFP_HIGHUSER_MOVABLE", "4.x", false},
    {0x100cca, "GFP_HIGHUSER_MOVABLE", "5.x-6.x", true},
    {0x140cca, "GFP_HIGHUSER_MOVABLE|__GFP_COMP", "5.x-6.x", true},
    {0x1100cca, "GFP_HIGHUSER_MOVABLE", "5.x-6.x", false},
    {0x1100dca, "GFP_HIGHUSER_MOVABLE|__GFP_ZERO", "5.x-6.x", false},
};
} // namespace

QString gfpFlagMeaning(const QString &flag) {
    static const QHash<QString, const char *> meanings = {
        {QStringLiteral("GFP_KERNEL"),
         "ordinary kernel allocation: may sleep, reclaim, do IO and filesystem work"},
        {QStringLiteral("GFP_KERNEL_ACCOUNT"), "kernel allocation charged to the task's memory cgroup"},
        {QStringLiteral("__GFP_ACCOUNT"),
         "charged to the task's memory cgroup: kernel memory can trigger a cgroup OOM"},
        {QStringLiteral("GFP_USER"), "user-space page"},
        {QStringLiteral("GFP_HIGHUSER"), "user-space page, may use HighMem on 32-bit"},
        {QStringLiteral("GFP_HIGHUSER_MOVABLE"),
         "user-space page (anonymous memory or page cache), movable: may use the Movable zone and CMA"},
        {QStringLiteral("GFP_TRANSHUGE"), "transparent huge page (order 9 on x86)"},
        {QStringLiteral("GFP_TRANSHUGE_LIGHT"), "transparent huge page, light reclaim"},
        {QStringLiteral("GFP_NOFS"),
         "must not recurse into the filesystem: the global OOM killer is skipped on modern kernels"},
        {QStringLiteral("GFP_NOIO"), "must not start IO"},
        {QStringLiteral("GFP_ATOMIC"), "cannot sleep or reclaim: fails instead of calling the OOM killer"},
        {QStringLiteral("GFP_NOWAIT"), "cannot sleep: fails instead of calling the OOM killer"},
        {QStringLiteral("GFP_DMA"), "must come from the DMA zone"},
        {QStringLiteral("GFP_DMA32"), "must come from the DMA32 zone"},
        {QStringLiteral("__GFP_COMP"), "compound (multi-page) allocation, e.g. slab or a large folio"},
        {QStringLiteral("__GFP_ZERO"), "zeroed page"},
        {QStringLiteral("__GFP_NORETRY"), "gives up early, never calls the OOM killer"},
        {QStringLiteral("__GFP_RETRY_MAYFAIL"), "retries hard but may fail, never calls the OOM killer"},
        {QStringLiteral("__GFP_REPEAT"), "retries hard (older name of __GFP_RETRY_MAYFAIL)"},
        {QStringLiteral("__GFP_NOFAIL"), "must not fail: the allocator loops"},
        {QStringLiteral("__GFP_NOWARN"), "no page allocation failure warning"},
        {QStringLiteral("__GFP_RECLAIMABLE"), "reclaimable slab"},
        {QStringLiteral("__GFP_DMA"), "zone selector: DMA only"},
        {QStringLiteral("__GFP_DMA32"), "zone selector: DMA32 or below"},
        {QStringLiteral("__GFP_HIGHMEM"), "zone selector: may use HighMem"},
        {QStringLiteral("__GFP_MOVABLE"), "zone selector: may use the Movable zone and CMA"},
        {QStringLiteral("__GFP_THISNODE"), "only the preferred NUMA node"},
        {QStringLiteral("__GFP_HARDWALL"), "cpuset limits enforced strictly"},
        {QStringLiteral("__GFP_HIGH"), "high priority: may dip into reserves"},
        {QStringLiteral("__GFP_MEMALLOC"), "may use all memory reserves"},
        {QStringLiteral("__GFP_IO"), "may start IO (part of GFP_KERNEL)"},
        {QStringLiteral("__GFP_FS"), "may call into the filesystem (part of GFP_KERNEL)"},
        {QStringLiteral("__GFP_DIRECT_RECLAIM"), "may reclaim directly (part of GFP_KERNEL)"},
        {QStringLiteral("__GFP_KSWAPD_RECLAIM"), "may wake kswapd (part of GFP_KERNEL)"},
        {QStringLiteral("__GFP_WRITE"), "page will be written to (dirty page balancing)"},
        {QStringLiteral("__GFP_COLD"), "cache-cold page (removed in 4.15)"},
        {QStringLiteral("__GFP_NOTRACK"), "not tracked by kmemcheck"},
        {QStringLiteral("__GFP_NOMEMALLOC"), "must not use memory reserves"},
        {QStringLiteral("__GFP_SKIP_KASAN"), "skips KASAN poisoning"},
    };
    const auto it = meanings.constFind(flag);
    return it == meanings.cend() ? QString() : tr(it.value());
}

QList<GfpFlagExplanation> explainGfp(const GfpMask &mask) {
    QList<GfpFlagExplanation> result;
    if (!mask.flags.isEmpty()) {
        for (const QString &flag : mask.flags) {
            const QString meaning = gfpFlagMeaning(flag);
            result.append({flag, meaning.isEmpty() ? tr("(no description)") : meaning, false});
        }
        return result;
    }
    if (!mask.value) return result;
    for (const KnownMask &known : kKnownMasks) {
        if (known.value != *mask.value) continue;
        for (const QString &flag : QString::fromLatin1(known.flags).split(QLatin1Char('|'))) {
            result.append({flag,
                           tr("%1 (value typical of %2 kernels; the report printed no flag names)")
                               .arg(gfpFlagMeaning(flag), QLatin1String(known.era)),
                           true});
        }
        if (!known.exact)
            result.append({QStringLiteral("…"), tr("further flags the report did not name"), true});
    }
    return result;
}

} // namespace oomlens::ui

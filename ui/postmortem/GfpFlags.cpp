// SPDX-License-Identifier: GPL-2.0-or-later
#include "GfpFlags.h"

#include <QCoreApplication>
#include <QHash>

namespace oomlens::ui {

namespace {
// lupdate files tr() calls in free functions under the enclosing namespace, so the runtime
// context must be that namespace too, or the translations would never be found.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("oomlens::ui", text, disambiguation, n);
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
         QT_TRANSLATE_NOOP("oomlens::ui",
                           "ordinary kernel allocation: may sleep, reclaim, do IO and filesystem work")},
        {QStringLiteral("GFP_KERNEL_ACCOUNT"),
         QT_TRANSLATE_NOOP("oomlens::ui", "kernel allocation charged to the task's memory cgroup")},
        {QStringLiteral("__GFP_ACCOUNT"),
         QT_TRANSLATE_NOOP("oomlens::ui",
                           "charged to the task's memory cgroup: kernel memory can trigger a cgroup OOM")},
        {QStringLiteral("GFP_USER"), QT_TRANSLATE_NOOP("oomlens::ui", "user-space page")},
        {QStringLiteral("GFP_HIGHUSER"),
         QT_TRANSLATE_NOOP("oomlens::ui", "user-space page, may use HighMem on 32-bit")},
        {QStringLiteral("GFP_HIGHUSER_MOVABLE"),
         QT_TRANSLATE_NOOP(
             "oomlens::ui",
             "user-space page (anonymous memory or page cache), movable: may use the Movable zone and CMA")},
        {QStringLiteral("GFP_TRANSHUGE"),
         QT_TRANSLATE_NOOP("oomlens::ui", "transparent huge page (order 9 on x86)")},
        {QStringLiteral("GFP_TRANSHUGE_LIGHT"),
         QT_TRANSLATE_NOOP("oomlens::ui", "transparent huge page, light reclaim")},
        {QStringLiteral("GFP_NOFS"),
         QT_TRANSLATE_NOOP(
             "oomlens::ui",
             "must not recurse into the filesystem: the global OOM killer is skipped on modern kernels")},
        {QStringLiteral("GFP_NOIO"), QT_TRANSLATE_NOOP("oomlens::ui", "must not start IO")},
        {QStringLiteral("GFP_ATOMIC"),
         QT_TRANSLATE_NOOP("oomlens::ui",
                           "cannot sleep or reclaim: fails instead of calling the OOM killer")},
        {QStringLiteral("GFP_NOWAIT"),
         QT_TRANSLATE_NOOP("oomlens::ui", "cannot sleep: fails instead of calling the OOM killer")},
        {QStringLiteral("GFP_DMA"), QT_TRANSLATE_NOOP("oomlens::ui", "must come from the DMA zone")},
        {QStringLiteral("GFP_DMA32"), QT_TRANSLATE_NOOP("oomlens::ui", "must come from the DMA32 zone")},
        {QStringLiteral("__GFP_COMP"),
         QT_TRANSLATE_NOOP("oomlens::ui", "compound (multi-page) allocation, e.g. slab or a large folio")},
        {QStringLiteral("__GFP_ZERO"), QT_TRANSLATE_NOOP("oomlens::ui", "zeroed page")},
        {QStringLiteral("__GFP_NORETRY"),
         QT_TRANSLATE_NOOP("oomlens::ui", "gives up early, never calls the OOM killer")},
        {QStringLiteral("__GFP_RETRY_MAYFAIL"),
         QT_TRANSLATE_NOOP("oomlens::ui", "retries hard but may fail, never calls the OOM killer")},
        {QStringLiteral("__GFP_REPEAT"),
         QT_TRANSLATE_NOOP("oomlens::ui", "retries hard (older name of __GFP_RETRY_MAYFAIL)")},
        {QStringLiteral("__GFP_NOFAIL"),
         QT_TRANSLATE_NOOP("oomlens::ui", "must not fail: the allocator loops")},
        {QStringLiteral("__GFP_NOWARN"),
         QT_TRANSLATE_NOOP("oomlens::ui", "no page allocation failure warning")},
        {QStringLiteral("__GFP_RECLAIMABLE"), QT_TRANSLATE_NOOP("oomlens::ui", "reclaimable slab")},
        {QStringLiteral("__GFP_DMA"), QT_TRANSLATE_NOOP("oomlens::ui", "zone selector: DMA only")},
        {QStringLiteral("__GFP_DMA32"), QT_TRANSLATE_NOOP("oomlens::ui", "zone selector: DMA32 or below")},
        {QStringLiteral("__GFP_HIGHMEM"), QT_TRANSLATE_NOOP("oomlens::ui", "zone selector: may use HighMem")},
        {QStringLiteral("__GFP_MOVABLE"),
         QT_TRANSLATE_NOOP("oomlens::ui", "zone selector: may use the Movable zone and CMA")},
        {QStringLiteral("__GFP_THISNODE"), QT_TRANSLATE_NOOP("oomlens::ui", "only the preferred NUMA node")},
        {QStringLiteral("__GFP_HARDWALL"),
         QT_TRANSLATE_NOOP("oomlens::ui", "cpuset limits enforced strictly")},
        {QStringLiteral("__GFP_HIGH"),
         QT_TRANSLATE_NOOP("oomlens::ui", "high priority: may dip into reserves")},
        {QStringLiteral("__GFP_MEMALLOC"), QT_TRANSLATE_NOOP("oomlens::ui", "may use all memory reserves")},
        {QStringLiteral("__GFP_IO"), QT_TRANSLATE_NOOP("oomlens::ui", "may start IO (part of GFP_KERNEL)")},
        {QStringLiteral("__GFP_FS"),
         QT_TRANSLATE_NOOP("oomlens::ui", "may call into the filesystem (part of GFP_KERNEL)")},
        {QStringLiteral("__GFP_DIRECT_RECLAIM"),
         QT_TRANSLATE_NOOP("oomlens::ui", "may reclaim directly (part of GFP_KERNEL)")},
        {QStringLiteral("__GFP_KSWAPD_RECLAIM"),
         QT_TRANSLATE_NOOP("oomlens::ui", "may wake kswapd (part of GFP_KERNEL)")},
        {QStringLiteral("__GFP_WRITE"),
         QT_TRANSLATE_NOOP("oomlens::ui", "page will be written to (dirty page balancing)")},
        {QStringLiteral("__GFP_COLD"), QT_TRANSLATE_NOOP("oomlens::ui", "cache-cold page (removed in 4.15)")},
        {QStringLiteral("__GFP_NOTRACK"), QT_TRANSLATE_NOOP("oomlens::ui", "not tracked by kmemcheck")},
        {QStringLiteral("__GFP_NOMEMALLOC"),
         QT_TRANSLATE_NOOP("oomlens::ui", "must not use memory reserves")},
        {QStringLiteral("__GFP_SKIP_KASAN"), QT_TRANSLATE_NOOP("oomlens::ui", "skips KASAN poisoning")},
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

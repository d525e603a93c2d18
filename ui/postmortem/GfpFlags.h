// SPDX-License-Identifier: GPL-2.0-or-later
// What the invoker's gfp_mask tells a reader (include/linux/gfp_types.h; older
// include/linux/gfp.h). The symbolic part the kernel prints from 4.5 on (%pGg) is decoded flag
// by flag. A bare hex mask cannot be decoded bit by bit (the bit assignments changed several
// times), so only well-known whole values are named, marked as a guess by kernel era.
#pragma once

#include "model/OomEvent.h"

#include <QList>
#include <QString>

namespace oomlens::ui {

struct GfpFlagExplanation {
    QString flag;         // "GFP_KERNEL", "__GFP_ZERO"
    QString meaning;      // translated, one line
    bool guessed = false; // named from the hex value only
};

QList<GfpFlagExplanation> explainGfp(const oomlens::GfpMask &mask);
// The meaning of one flag name, empty when unknown.
QString gfpFlagMeaning(const QString &flag);

} // namespace oomlens::ui

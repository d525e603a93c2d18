// SPDX-License-Identifier: GPL-2.0-or-later
// The reasons of core's LogErrors (plain English, also what oomlens-cli and the JSON print) in the
// user's language. Texts from the C library or libarchive (strerror is already localised) and
// unknown ones are shown as they are.
#pragma once

#include <QString>

namespace oomlens::ui {

QString logErrorText(const QString &reason);

} // namespace oomlens::ui

// SPDX-License-Identifier: GPL-2.0-or-later
// Not compiled: fed to tests/check_translations.sh by the test translations_check_detects_literal,
// which expects the check to name this line (a user-visible text set without tr()).
#include <QLabel>

void literalProbe(QLabel *label) {
    label->setText(QStringLiteral("Watermarks of every zone"));
}

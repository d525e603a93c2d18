// SPDX-License-Identifier: GPL-2.0-or-later
// Not compiled. tests/CMakeLists.txt hands this file to check_translations.sh as an extra source
// so that the test translations_check_detects_new_string proves the completeness check really
// fails for a tr() string that has no translation (a check that cannot fail checks nothing).
#include <QCoreApplication>

namespace oomlens::ui {
class TranslationProbe {
    Q_DECLARE_TR_FUNCTIONS(TranslationProbe)
public:
    static QString text() { return tr("A string nobody translated %1"); }
};
} // namespace oomlens::ui

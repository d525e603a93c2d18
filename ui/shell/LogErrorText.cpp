// SPDX-License-Identifier: GPL-2.0-or-later
#include "LogErrorText.h"

#include "kernlog/LogReader.h"
#include "widgets/Format.h"

#include <QCoreApplication>

namespace oomlens::ui {

namespace {

// lupdate files tr() in a free function under the enclosing namespace: the same context here.
QString tr(const char *text, const char *comment = nullptr, int n = -1) {
    return QCoreApplication::translate("oomlens::ui", text, comment, n);
}

// The number between `before` and `after` when `reason` is exactly before + digits + after.
bool numberBetween(const QString &reason, QStringView before, QStringView after, qint64 *number) {
    if (!reason.startsWith(before) || !reason.endsWith(after) ||
        reason.size() <= before.size() + after.size())
        return false;
    bool ok = false;
    *number = reason.mid(before.size(), reason.size() - before.size() - after.size()).toLongLong(&ok);
    return ok;
}

} // namespace

QString logErrorText(const QString &reason) {
    // The fixed texts of core/kernlog (LogReader, MappedFile, LogAnalysis): keep in step with them.
    if (reason == QLatin1String("no such file")) return tr("no such file");
    if (reason == QLatin1String("is a directory")) return tr("is a directory");
    if (reason == QLatin1String("not a regular file")) return tr("not a regular file");
    if (reason == QLatin1String("cannot open")) return tr("cannot open");
    if (reason == QLatin1String("unreadable input")) return tr("unreadable input");
    if (reason == QLatin1String("read error")) return tr("read error");
    if (reason == QLatin1String("not a text log (binary data)")) return tr("not a text log (binary data)");
    qint64 bytes = 0;
    if (numberBetween(reason,
                      u"the file got shorter while it was read (truncated or rotated?): stopped after ",
                      u" bytes", &bytes))
        return tr("the file got shorter while it was read (truncated or rotated?): stopped after %1 bytes")
            .arg(bytes);
    qint64 lines = 0;
    const QString cutTail =
        QStringLiteral(" line(s) longer than %1 bytes were cut").arg(kernlog::LogReader::MaxLineBytes);
    if (numberBetween(reason, u"", cutTail, &lines))
        return tr("%n line(s) longer than %1 were cut", nullptr, int(lines))
            .arg(format::bytes(kernlog::LogReader::MaxLineBytes));
    return reason; // strerror() and libarchive texts: already in the C library's language, or as is
}

} // namespace oomlens::ui

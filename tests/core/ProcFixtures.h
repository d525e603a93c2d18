// Access to the real captures under tests/data/proc (provenance: tests/data/proc/README.md).
#pragma once

#include <QFile>
#include <QString>
#include <QtTest>

namespace oomlens::test {

inline QString procDataPath(const QString &relative) {
    return QStringLiteral(OOMLENS_TEST_DATA "/proc/") + relative;
}

// The bytes of a fixture file; fails the test (via QVERIFY in the caller) when missing.
inline QByteArray procData(const QString &relative) {
    QFile f(procDataPath(relative));
    if (!f.open(QIODevice::ReadOnly)) qFatal("missing fixture %s", qPrintable(f.fileName()));
    return f.readAll();
}

} // namespace oomlens::test

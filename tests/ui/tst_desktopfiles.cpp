// SPDX-License-Identifier: GPL-2.0-or-later
// Desktop integration files in resources/: the .desktop entry, the AppStream metainfo and the
// SVG icon agree with each other and with what app/oomlens/CMakeLists.txt installs them as.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QXmlStreamReader>
#include <QtTest>

namespace {
QString resource(const QString &name) {
    return QDir(QStringLiteral(OOMLENS_TEST_DATA "/../../resources")).filePath(name);
}

// "[Desktop Entry]" keys (freedesktop.org Desktop Entry Specification; no QSettings: it would
// read ';' lists and '[de]' keys its own way).
QHash<QString, QString> desktopEntry(const QString &path) {
    QHash<QString, QString> keys;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) return keys;
    bool inGroup = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(QLatin1Char('[')))
            inGroup = line == QLatin1String("[Desktop Entry]");
        else if (inGroup && line.contains(QLatin1Char('=')) && !line.startsWith(QLatin1Char('#')))
            keys.insert(line.section(QLatin1Char('='), 0, 0), line.section(QLatin1Char('='), 1));
    }
    return keys;
}
} // namespace

class TestDesktopFiles : public QObject {
    Q_OBJECT
public:
    static void initMain() {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    }

private slots:
    void desktopEntry() {
        const auto keys = ::desktopEntry(resource(QStringLiteral("oomlens.desktop")));
        QCOMPARE(keys.value(QStringLiteral("Type")), QStringLiteral("Application"));
        QCOMPARE(keys.value(QStringLiteral("Exec")), QStringLiteral("oomlens %F"));
        // Installed as org.oomlens.OomLens.desktop with the icon renamed to the same id.
        QCOMPARE(keys.value(QStringLiteral("Icon")), QStringLiteral("org.oomlens.OomLens"));
        QVERIFY(keys.value(QStringLiteral("Categories"))
                    .split(QLatin1Char(';'))
                    .contains(QStringLiteral("System")));
        QVERIFY(keys.contains(QStringLiteral("Comment[de]")));
        QVERIFY(keys.contains(QStringLiteral("Comment[zh_CN]")));
    }

    void metainfo() {
        QFile file(resource(QStringLiteral("org.oomlens.OomLens.metainfo.xml")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString id, launchable, binary;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) continue;
            if (xml.name() == QLatin1String("id"))
                id = xml.readElementText();
            else if (xml.name() == QLatin1String("launchable"))
                launchable = xml.readElementText();
            else if (xml.name() == QLatin1String("binary") && binary.isEmpty())
                binary = xml.readElementText();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(id, QStringLiteral("org.oomlens.OomLens"));
        QCOMPARE(launchable, id + QStringLiteral(".desktop"));
        QCOMPARE(binary, QStringLiteral("oomlens"));
    }

    void icon() {
        if (!QImageReader::supportedImageFormats().contains("svg"))
            QSKIP("the Qt SVG image format plugin (libqt6svg6) is not installed");
        QImageReader reader(resource(QStringLiteral("icons/oomlens.svg")));
        reader.setScaledSize(QSize(64, 64));
        const QImage image = reader.read();
        QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
        QCOMPARE(image.size(), QSize(64, 64));
    }
};

QTEST_MAIN(TestDesktopFiles)
#include "tst_desktopfiles.moc"

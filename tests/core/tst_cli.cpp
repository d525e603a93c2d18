// The CLI's contract: documented exit codes and usage.
#include <QProcess>
#include <QtTest>

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void noArgumentsIsUsage() {
        QProcess p;
        p.start(QStringLiteral(OOMLENS_CLI_PATH), {});
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("Usage: oomlens-cli"));
    }
    void unknownCommandIsUsage() {
        QProcess p;
        p.start(QStringLiteral(OOMLENS_CLI_PATH), {QStringLiteral("frobnicate")});
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("unknown command 'frobnicate'"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

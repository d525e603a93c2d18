#include "PrometheusServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace oomlens::fleetfixture {

PrometheusServer::PrometheusServer() = default;

PrometheusServer::~PrometheusServer() {
    stop();
}

QString PrometheusServer::missingPrograms() {
    QStringList missing;
    for (const char *p : {"prometheus", "promtool", "htpasswd"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(p)).isEmpty())
            missing << QString::fromLatin1(p);
    }
    return missing.join(QStringLiteral(", "));
}

int PrometheusServer::freePort() {
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0)) return 0;
    return s.serverPort();
}

bool PrometheusServer::run(const QString &program, const QStringList &args, QByteArray *out) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("%1 %2 failed: %3")
                      .arg(program, args.join(QLatin1Char(' ')), QString::fromUtf8(p.readAll().right(2000)));
        return false;
    }
    if (out) *out = p.readAll();
    return true;
}

bool PrometheusServer::ensureBlocks(const QString &openMetricsPath, const QString &blocksDir) {
    const QString done = blocksDir + QStringLiteral("/.complete");
    if (QFile::exists(done)) return true;
    QDir(blocksDir).removeRecursively();
    if (!run(QStringLiteral("promtool"),
             {QStringLiteral("tsdb"), QStringLiteral("create-blocks-from"), QStringLiteral("openmetrics"),
              QStringLiteral("--quiet"), openMetricsPath, blocksDir}))
        return false;
    QFile marker(done);
    return marker.open(QIODevice::WriteOnly);
}

static bool copyTree(const QString &from, const QString &to) {
    if (!QDir().mkpath(to)) return false;
    const QDir src(from);
    for (const QFileInfo &e : src.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = to + QLatin1Char('/') + e.fileName();
        if (e.isDir() ? !copyTree(e.filePath(), target) : !QFile::copy(e.filePath(), target)) return false;
    }
    return true;
}

bool PrometheusServer::useBlocks(const QString &blocksDir) {
    if (copyTree(blocksDir, m_dir.filePath(QStringLiteral("data")))) return true;
    m_error = QStringLiteral("cannot copy %1 into %2").arg(blocksDir, m_dir.path());
    return false;
}

static bool writeFile(const QString &path, const QByteArray &text) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
}

bool PrometheusServer::start(const QString &user, const QString &password, const QString &scrapeConfigs) {
    // htpasswd -nbBC 10 prints "user:$2y$10$..."; Prometheus' web config takes the bcrypt hash.
    QByteArray line;
    if (!run(QStringLiteral("htpasswd"), {QStringLiteral("-nbBC"), QStringLiteral("10"), user, password},
             &line))
        return false;
    const QByteArray hash = line.trimmed().mid(line.indexOf(':') + 1);
    const QString web = m_dir.filePath(QStringLiteral("web.yml"));
    const QString config = m_dir.filePath(QStringLiteral("prometheus.yml"));
    if (!writeFile(web, "basic_auth_users:\n  " + user.toUtf8() + ": '" + hash + "'\n") ||
        !writeFile(config, "global:\n  scrape_interval: 1s\n" +
                               (scrapeConfigs.isEmpty() ? QByteArray()
                                                        : "scrape_configs:\n" + scrapeConfigs.toUtf8()))) {
        m_error = QStringLiteral("cannot write the configuration into %1").arg(m_dir.path());
        return false;
    }
    for (int attempt = 0; attempt < 5; ++attempt) {
        const int port = freePort();
        m_url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.setStandardOutputFile(m_dir.filePath(QStringLiteral("prometheus.log")), QIODevice::Append);
        m_process.start(QStringLiteral("prometheus"),
                        {QStringLiteral("--config.file=") + config,
                         QStringLiteral("--storage.tsdb.path=") + m_dir.filePath(QStringLiteral("data")),
                         QStringLiteral("--storage.tsdb.retention.time=60d"),
                         // No compaction of the backfilled 2 h blocks while the tests query.
                         QStringLiteral("--storage.tsdb.max-block-duration=2h"),
                         QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port),
                         QStringLiteral("--web.config.file=") + web});
        if (!m_process.waitForStarted()) break;
        // Ready when it accepts connections and logs "Server is ready to receive web requests."
        // (after the backfilled blocks are loaded); a port taken between freePort() and now makes it exit.
        const QDeadlineTimer deadline(120000);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            if (log().contains(QLatin1String("Server is ready to receive web requests"))) return true;
            QThread::msleep(100);
        }
        stop();
    }
    m_error = QStringLiteral("prometheus did not become ready: %1").arg(log().right(2000));
    return false;
}

QString PrometheusServer::log() const {
    QFile f(m_dir.filePath(QStringLiteral("prometheus.log")));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void PrometheusServer::stop() {
    if (m_process.state() == QProcess::NotRunning) return;
    m_process.terminate();
    if (!m_process.waitForFinished(20000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

} // namespace oomlens::fleetfixture

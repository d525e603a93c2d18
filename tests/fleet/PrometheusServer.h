// A real Prometheus for the fleet tests: backfilled with promtool from OpenMetrics text, started
// on a free loopback port with a temporary storage directory and Prometheus' own web config
// (basic auth with a bcrypt hash made by htpasswd), stopped when the object goes.
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace oomlens::fleetfixture {

class PrometheusServer {
public:
    PrometheusServer();
    ~PrometheusServer();

    // Empty when every needed program is installed; otherwise which one is missing.
    static QString missingPrograms();
    static int freePort();

    QString dir() const { return m_dir.path(); }
    // Backfills `openMetricsPath` into `blocksDir` unless a finished earlier run left it there.
    bool ensureBlocks(const QString &openMetricsPath, const QString &blocksDir);
    // Copies the blocks into this server's storage directory (before start()).
    bool useBlocks(const QString &blocksDir);
    // `scrapeConfigs`: YAML list items under scrape_configs (may be empty).
    bool start(const QString &user, const QString &password, const QString &scrapeConfigs = {});
    void stop();
    QUrl url() const { return m_url; }
    QString error() const { return m_error; }
    QString log() const;

private:
    bool run(const QString &program, const QStringList &args, QByteArray *out = nullptr);

    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
    QString m_error;
};

} // namespace oomlens::fleetfixture

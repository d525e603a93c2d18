// `oomlens-cli fleet --prometheus URL --since 7d [--json]`: the hosts of a fleet ranked by OOM
// kills over a range, from the Prometheus that already scrapes their node_exporter; on
// Kubernetes also the containers with kills. Secrets come from a file or the environment, never
// from the command line (other users see it in /proc/PID/cmdline).
#include "command.h"

#include "fleet/FleetJob.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>
#include <cstdio>

using namespace oomlens::fleet;

namespace oomlens::cli {

namespace {

QString isoTime(std::optional<qint64> ms) {
    if (!ms) return QStringLiteral("n/a");
    return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODate);
}

QJsonValue jsonTime(std::optional<qint64> ms) {
    return ms ? QJsonValue(isoTime(ms)) : QJsonValue();
}

template <typename T> QJsonValue jsonOpt(const std::optional<T> &v) {
    return v ? QJsonValue(double(*v)) : QJsonValue();
}

QString mib(std::optional<double> bytes) {
    return bytes ? QString::number(*bytes / 1048576.0, 'f', 0) + QStringLiteral(" MiB")
                 : QStringLiteral("n/a");
}

QString percent(std::optional<double> share) {
    return share ? QString::number(*share * 100.0, 'f', 1) + QLatin1Char('%') : QStringLiteral("n/a");
}

int printText(const FleetResult &r) {
    QTextStream out(stdout);
    out << "Fleet " << isoTime(r.startMs) << " .. " << isoTime(r.endMs) << " (step " << r.stepSecs
        << " s): " << r.hosts.size() << " hosts, " << r.totalKills() << " OOM kills\n";
    out << QStringLiteral("%1 %2  %3  %4  %5  %6\n")
               .arg(QStringLiteral("host"), -32)
               .arg(QStringLiteral("kills"), 6)
               .arg(QStringLiteral("first kill"), -20)
               .arg(QStringLiteral("last kill"), -20)
               .arg(QStringLiteral("peak PSI"), 8)
               .arg(QStringLiteral("lowest avail"), 12);
    for (const HostKills &h : r.hosts) {
        out << QStringLiteral("%1 %2  %3  %4  %5  %6\n")
                   .arg(h.host, -32)
                   .arg(h.kills, 6)
                   .arg(isoTime(h.firstKillMs), -20)
                   .arg(isoTime(h.lastKillMs), -20)
                   .arg(percent(h.peakPressure), 8)
                   .arg(mib(h.lowestAvailable), 12);
    }
    if (!r.containers.isEmpty()) {
        out << "\nContainers with OOM kills (cAdvisor events; restarts with last reason OOMKilled):\n";
        for (const ContainerKills &c : r.containers) {
            out << "  " << c.k8sNamespace << '/' << c.pod << '/' << c.container << " on " << c.host
                << ": events " << (c.oomEvents ? QString::number(*c.oomEvents) : QStringLiteral("n/a"))
                << ", OOMKilled restarts "
                << (c.oomRestarts ? QString::number(*c.oomRestarts) : QStringLiteral("n/a")) << '\n';
        }
    }
    for (const QString &w : r.warnings)
        out << "warning (partial answer): " << w << '\n';
    for (const QString &e : r.partialErrors)
        out << "partial: " << e << '\n';
    return ExitOk;
}

int printJson(const FleetResult &r) {
    QJsonArray hosts;
    for (const HostKills &h : r.hosts) {
        QJsonArray buckets;
        for (qint64 b : h.buckets)
            buckets.append(double(b));
        hosts.append(QJsonObject{{QStringLiteral("host"), h.host},
                                 {QStringLiteral("kills"), double(h.kills)},
                                 {QStringLiteral("first_kill"), jsonTime(h.firstKillMs)},
                                 {QStringLiteral("last_kill"), jsonTime(h.lastKillMs)},
                                 {QStringLiteral("counter_reset"), h.counterReset},
                                 {QStringLiteral("peak_pressure"), jsonOpt(h.peakPressure)},
                                 {QStringLiteral("lowest_available_bytes"), jsonOpt(h.lowestAvailable)},
                                 {QStringLiteral("kills_per_step"), buckets}});
    }
    QJsonArray containers;
    for (const ContainerKills &c : r.containers) {
        containers.append(QJsonObject{{QStringLiteral("host"), c.host},
                                      {QStringLiteral("namespace"), c.k8sNamespace},
                                      {QStringLiteral("pod"), c.pod},
                                      {QStringLiteral("container"), c.container},
                                      {QStringLiteral("oom_events"), jsonOpt(c.oomEvents)},
                                      {QStringLiteral("oom_killed_restarts"), jsonOpt(c.oomRestarts)}});
    }
    const QJsonObject root{{QStringLiteral("start"), isoTime(r.startMs)},
                           {QStringLiteral("end"), isoTime(r.endMs)},
                           {QStringLiteral("step_seconds"), double(r.stepSecs)},
                           {QStringLiteral("total_kills"), double(r.totalKills())},
                           {QStringLiteral("hosts"), hosts},
                           {QStringLiteral("containers"), containers},
                           {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)},
                           {QStringLiteral("partial_errors"), QJsonArray::fromStringList(r.partialErrors)}};
    std::fputs(QJsonDocument(root).toJson(QJsonDocument::Indented).constData(), stdout);
    return ExitOk;
}

std::optional<QString> readSecret(const QString &file, const char *env) {
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) return std::nullopt;
        return QString::fromUtf8(f.readAll()).trimmed();
    }
    return qEnvironmentVariable(env);
}

int runFleet(const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Rank the hosts of a fleet by OOM kills, from the Prometheus that scrapes their "
                       "node_exporter (and cAdvisor / kube-state-metrics on Kubernetes)."));
    parser.addHelpOption();
    const QCommandLineOption url(QStringLiteral("prometheus"), QStringLiteral("Base URL of the query API."),
                                 QStringLiteral("URL"));
    const QCommandLineOption since(QStringLiteral("since"),
                                   QStringLiteral("Range back from now (7d, 12h, 30m)."),
                                   QStringLiteral("DURATION"), QStringLiteral("7d"));
    const QCommandLineOption until(QStringLiteral("until"),
                                   QStringLiteral("End of the range (ISO 8601, default now)."),
                                   QStringLiteral("TIME"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  QStringLiteral("Basic auth user; password from "
                                                 "--password-file or OOMLENS_PROM_PASSWORD."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
                                          QStringLiteral("File holding the password."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption tokenFile(QStringLiteral("token-file"),
                                       QStringLiteral("File holding a bearer token (or OOMLENS_PROM_TOKEN)."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption ca(QStringLiteral("ca"), QStringLiteral("PEM file of the CA for https."),
                                QStringLiteral("FILE"));
    const QCommandLineOption hostLabel(QStringLiteral("host-label"), QStringLiteral("Label naming a host."),
                                       QStringLiteral("NAME"), QStringLiteral("instance"));
    const QCommandLineOption filter(QStringLiteral("filter"),
                                    QStringLiteral("Only series with LABEL=VALUE (repeatable)."),
                                    QStringLiteral("LABEL=VALUE"));
    const QCommandLineOption minStep(QStringLiteral("min-step"),
                                     QStringLiteral("Scrape interval (default 60s)."),
                                     QStringLiteral("DURATION"), QStringLiteral("60s"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QStringLiteral("Per query (default 30s)."),
                                     QStringLiteral("DURATION"), QStringLiteral("30s"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions(
        {url, since, until, user, passwordFile, tokenFile, ca, hostLabel, filter, minStep, timeout, json});
    QStringList argv = args;
    argv.prepend(QStringLiteral("oomlens-cli fleet"));
    const auto usage = [](const QString &why) {
        std::fprintf(stderr, "oomlens-cli fleet: %s\n", qPrintable(why));
        return ExitUsage;
    };
    if (!parser.parse(argv)) return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    FleetRequest request;
    request.connection.url = QUrl(parser.value(url), QUrl::StrictMode);
    if (!parser.isSet(url) || !request.connection.url.isValid() || request.connection.url.scheme().isEmpty())
        return usage(QStringLiteral("--prometheus URL is required (http://host:9090/)"));
    const auto range = parseDurationSecs(parser.value(since));
    const auto step = parseDurationSecs(parser.value(minStep));
    const auto wait = parseDurationSecs(parser.value(timeout));
    if (!range || !step || !wait) return usage(QStringLiteral("a duration is malformed (use 7d, 12h, 90s)"));
    request.rangeSecs = *range;
    request.connection.minStepSecs = *step;
    request.connection.timeoutMs = int(std::min<qint64>(*wait * 1000, 3600000));
    if (parser.isSet(until)) {
        const QDateTime t = QDateTime::fromString(parser.value(until), Qt::ISODate);
        if (!t.isValid()) return usage(QStringLiteral("--until is not an ISO 8601 time"));
        request.endMs = t.toMSecsSinceEpoch();
    }
    request.connection.caFile = parser.value(ca);
    if (parser.isSet(user)) {
        const auto pw = readSecret(parser.value(passwordFile), "OOMLENS_PROM_PASSWORD");
        if (!pw) return usage(QStringLiteral("cannot read %1").arg(parser.value(passwordFile)));
        request.connection.auth = PromConnection::Auth::Basic;
        request.connection.user = parser.value(user);
        request.connection.secret = *pw;
    } else if (parser.isSet(tokenFile) || qEnvironmentVariableIsSet("OOMLENS_PROM_TOKEN")) {
        const auto token = readSecret(parser.value(tokenFile), "OOMLENS_PROM_TOKEN");
        if (!token) return usage(QStringLiteral("cannot read %1").arg(parser.value(tokenFile)));
        request.connection.auth = PromConnection::Auth::Bearer;
        request.connection.secret = *token;
    }
    request.queries.labels.host = parser.value(hostLabel);
    for (const QString &f : parser.values(filter)) {
        const qsizetype eq = f.indexOf(QLatin1Char('='));
        if (eq <= 0) return usage(QStringLiteral("--filter wants LABEL=VALUE, got '%1'").arg(f));
        request.queries.filter.insert(f.left(eq), f.mid(eq + 1));
    }

    const FleetResult result = oomlens::fleet::runFleet(request);
    if (result.error) {
        std::fprintf(stderr, "oomlens-cli fleet: %s: %s\n", qPrintable(request.connection.url.toString()),
                     qPrintable(result.error->text()));
        return ExitError;
    }
    return parser.isSet(json) ? printJson(result) : printText(result);
}

const CommandRegistration reg({"fleet", "Rank a fleet's hosts by OOM kills from Prometheus", runFleet});

} // namespace

} // namespace oomlens::cli

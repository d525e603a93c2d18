// How to reach one Prometheus (or anything speaking its query API: Thanos Query, Mimir, Cortex,
// VictoriaMetrics). The secret is held here only in memory; saving it is the caller's business
// (the GUI keeps it in the platform's secret store, the CLI reads it from a file or the environment).
#pragma once

#include <QString>
#include <QUrl>

namespace oomlens::fleet {

struct PromConnection {
    enum class Auth { None, Basic, Bearer };

    QString name; // how the user calls it in the saved list
    QUrl url;     // base URL, e.g. https://prom.example:9090/ or https://mimir/prometheus/
    Auth auth = Auth::None;
    QString user;   // Basic only
    QString secret; // the Basic password or the Bearer token
    QString caFile; // PEM file with the CA that signed the server's certificate; empty = system CAs
    int timeoutMs = 30000;
    qint64 minStepSecs = 60; // never ask for a step below the scrape interval
    QString tenant;          // X-Scope-OrgID for Mimir/Cortex; empty = not sent
};

} // namespace oomlens::fleet

// Saved Prometheus connections: everything but the secret in QSettings, the secret (password or
// token) in the platform's secret store through QtKeychain (Secret Service / KWallet on Linux).
// When no secret store answers, the secret lives for this session only and the caller is told:
// it is never written to plain settings.
#pragma once

#include "fleet/PromConnection.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>

namespace oomlens::ui {

class ConnectionStore : public QObject {
    Q_OBJECT
public:
    explicit ConnectionStore(QObject *parent = nullptr);

    QList<fleet::PromConnection> connections() const; // secrets empty: see readSecret()
    // Saves the connection (replacing one of the same name) and its secret. `done` gets an empty
    // string or the secret store's error text (then the secret is kept for this session only).
    void save(const fleet::PromConnection &c, std::function<void(const QString &error)> done);
    void remove(const QString &name);
    // Reads the secret of `name` (from this session's memory first, then the secret store).
    void readSecret(const QString &name,
                    std::function<void(const QString &secret, const QString &error)> done);

private:
    QHash<QString, QString> m_sessionSecrets;
};

} // namespace oomlens::ui

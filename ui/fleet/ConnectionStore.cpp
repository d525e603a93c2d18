#include "ConnectionStore.h"

#include <QSettings>
#include <qt6keychain/keychain.h>

namespace oomlens::ui {

using fleet::PromConnection;

static const QString Service = QStringLiteral("org.oomlens.prometheus");

ConnectionStore::ConnectionStore(QObject *parent)
    : QObject(parent) {}

QList<PromConnection> ConnectionStore::connections() const {
    QSettings s;
    QList<PromConnection> out;
    const int n = s.beginReadArray(QStringLiteral("fleet/connections"));
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        PromConnection c;
        c.name = s.value(QStringLiteral("name")).toString();
        c.url = QUrl(s.value(QStringLiteral("url")).toString());
        c.auth = PromConnection::Auth(s.value(QStringLiteral("auth")).toInt());
        c.user = s.value(QStringLiteral("user")).toString();
        c.caFile = s.value(QStringLiteral("caFile")).toString();
        c.tenant = s.value(QStringLiteral("tenant")).toString();
        c.minStepSecs = s.value(QStringLiteral("minStepSecs"), 60).toLongLong();
        out << c;
    }
    s.endArray();
    return out;
}

static void write(const QList<PromConnection> &list) {
    QSettings s;
    s.remove(QStringLiteral("fleet/connections"));
    s.beginWriteArray(QStringLiteral("fleet/connections"), int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        s.setArrayIndex(i);
        const PromConnection &c = list[i];
        s.setValue(QStringLiteral("name"), c.name);
        s.setValue(QStringLiteral("url"), c.url.toString());
        s.setValue(QStringLiteral("auth"), int(c.auth));
        s.setValue(QStringLiteral("user"), c.user);
        s.setValue(QStringLiteral("caFile"), c.caFile);
        s.setValue(QStringLiteral("tenant"), c.tenant);
        s.setValue(QStringLiteral("minStepSecs"), c.minStepSecs);
    }
    s.endArray();
}

void ConnectionStore::save(const PromConnection &c, std::function<void(const QString &)> done) {
    QList<PromConnection> list = connections();
    list.removeIf([&](const PromConnection &e) { return e.name == c.name; });
    list.prepend(c);
    write(list);
    m_sessionSecrets.insert(c.name, c.secret);
    if (c.auth == PromConnection::Auth::None || c.secret.isEmpty()) {
        done({});
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(Service, this);
    job->setKey(c.name);
    job->setTextData(c.secret);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        done(job->error() == QKeychain::NoError ? QString() : job->errorString());
    });
    job->start();
}

void ConnectionStore::remove(const QString &name) {
    QList<PromConnection> list = connections();
    list.removeIf([&](const PromConnection &e) { return e.name == name; });
    write(list);
    m_sessionSecrets.remove(name);
    auto *job = new QKeychain::DeletePasswordJob(Service, this);
    job->setKey(name);
    job->start();
}

void ConnectionStore::readSecret(const QString &name,
                                 std::function<void(const QString &, const QString &)> done) {
    const auto it = m_sessionSecrets.constFind(name);
    if (it != m_sessionSecrets.constEnd()) {
        done(*it, {});
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(Service, this);
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        if (job->error() == QKeychain::NoError)
            done(job->textData(), {});
        else
            done({}, job->errorString());
    });
    job->start();
}

} // namespace oomlens::ui

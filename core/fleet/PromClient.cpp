#include "PromClient.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace oomlens::fleet {

PromClient::PromClient(PromConnection connection, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_nam(new QNetworkAccessManager(this)) {}

PromClient::~PromClient() {
    // No callbacks while the owner is being torn down: they may point into it.
    for (const QPointer<QNetworkReply> &r : std::as_const(m_replies)) {
        if (!r) continue;
        disconnect(r, nullptr, this, nullptr);
        r->abort();
    }
}

static QString seconds(qint64 ms) {
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

void PromClient::query(const QString &promql, qint64 atMs, Callback done) {
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("query"), promql);
    q.addQueryItem(QStringLiteral("time"), seconds(atMs));
    get(QStringLiteral("api/v1/query"), q, std::move(done));
}

void PromClient::queryRange(const QString &promql, qint64 startMs, qint64 endMs, qint64 stepSecs,
                            Callback done) {
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("query"), promql);
    q.addQueryItem(QStringLiteral("start"), seconds(startMs));
    q.addQueryItem(QStringLiteral("end"), seconds(endMs));
    q.addQueryItem(QStringLiteral("step"), QString::number(stepSecs));
    get(QStringLiteral("api/v1/query_range"), q, std::move(done));
}

void PromClient::probe(Callback done) {
    get(QStringLiteral("api/v1/status/buildinfo"), {}, [done](const PromResult &r) {
        // buildinfo's data is an object, not a result: only the error matters here.
        PromResult plain;
        plain.error = r.error;
        if (r.error && r.error->kind == PromError::BadJson &&
            r.error->message.startsWith(u"unexpected resultType"))
            plain.error.reset();
        done(plain);
    });
}

void PromClient::get(const QString &path, const QUrlQuery &params, Callback done) {
    QUrl url = m_connection.url;
    QString base = url.path();
    if (!base.endsWith(QLatin1Char('/'))) base += QLatin1Char('/');
    url.setPath(base + path);
    url.setQuery(params);

    QNetworkRequest request(url);
    request.setTransferTimeout(m_connection.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    if (m_connection.auth == PromConnection::Auth::Basic) {
        const QByteArray pair = (m_connection.user + QLatin1Char(':') + m_connection.secret).toUtf8();
        request.setRawHeader("Authorization", "Basic " + pair.toBase64());
    } else if (m_connection.auth == PromConnection::Auth::Bearer) {
        request.setRawHeader("Authorization", "Bearer " + m_connection.secret.toUtf8());
    }
    if (!m_connection.tenant.isEmpty()) request.setRawHeader("X-Scope-OrgID", m_connection.tenant.toUtf8());
    if (!m_connection.caFile.isEmpty() && url.scheme() == QLatin1String("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        QList<QSslCertificate> cas = ssl.caCertificates();
        cas << QSslCertificate::fromPath(m_connection.caFile, QSsl::Pem);
        ssl.setCaCertificates(cas);
        request.setSslConfiguration(ssl);
    }

    QNetworkReply *reply = m_nam->get(request);
    m_replies.append(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        m_replies.removeAll(reply);
        finish(reply, done);
        reply->deleteLater();
    });
}

void PromClient::finish(QNetworkReply *reply, const Callback &done) {
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError err = reply->error();
    PromResult r;
    if (err == QNetworkReply::OperationCanceledError && m_cancelling) {
        r.error = PromError{PromError::Cancelled, status, {}, {}};
    } else if (err == QNetworkReply::OperationCanceledError || err == QNetworkReply::TimeoutError) {
        // setTransferTimeout() aborts the reply, which Qt reports as OperationCanceledError.
        r.error = PromError{PromError::Timeout,
                            status,
                            {},
                            QStringLiteral("no answer within %1 ms").arg(m_connection.timeoutMs)};
    } else if (status == 0 && err != QNetworkReply::NoError) {
        r.error = PromError{PromError::Unreachable, 0, {}, reply->errorString()};
    } else {
        // HTTP errors still carry the server's body (Prometheus' error JSON or a proxy's text).
        r = parsePromResponse(reply->readAll(), status);
    }
    done(r);
}

void PromClient::cancelAll() {
    m_cancelling = true;
    const auto replies = m_replies;
    for (const QPointer<QNetworkReply> &r : replies) {
        if (r) r->abort();
    }
    m_cancelling = false;
}

} // namespace oomlens::fleet

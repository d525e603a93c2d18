#include "FleetWidget.h"

#include "ConnectionDialog.h"
#include "ConnectionStore.h"
#include "FleetDrillHtml.h"
#include "FleetHeatStrip.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTextBrowser>
#include <QThread>
#include <QVBoxLayout>

namespace oomlens::ui {

using namespace oomlens::fleet;

FleetWidget::FleetWidget(QWidget *parent)
    : QWidget(parent)
    , m_store(new ConnectionStore(this))
    , m_thread(new QThread(this))
    , m_saved(new QComboBox(this))
    , m_range(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_hostLabel(new QLineEdit(QStringLiteral("instance"), this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_strip(new FleetHeatStrip(this))
    , m_drill(new QTextBrowser(this)) {
    m_thread->setObjectName(QStringLiteral("fleet queries"));
    m_client = new PromClient(PromConnection{});
    m_client->moveToThread(m_thread);
    m_thread->start();

    auto *connectButton = new QPushButton(tr("&Connection…"), this);
    connect(connectButton, &QPushButton::clicked, this, &FleetWidget::editConnection);
    for (const PromConnection &c : m_store->connections())
        m_saved->addItem(c.name);
    m_saved->setMinimumContentsLength(16);
    m_saved->setPlaceholderText(tr("no saved connection"));
    connect(m_saved, &QComboBox::activated, this, &FleetWidget::chooseSaved);

    const std::pair<QString, qint64> ranges[] = {{tr("last hour"), 3600},
                                                 {tr("last 6 hours"), 6 * 3600},
                                                 {tr("last 24 hours"), 86400},
                                                 {tr("last 7 days"), 7 * 86400},
                                                 {tr("last 30 days"), 30 * 86400}};
    for (const auto &[text, secs] : ranges)
        m_range->addItem(text, secs);
    m_range->setCurrentIndex(3);
    m_filter->setPlaceholderText(tr("label=value, … (job, instance, cluster, namespace)"));
    m_filter->setClearButtonEnabled(true);
    m_hostLabel->setToolTip(tr("The label that names a host at your site"));
    m_hostLabel->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("instance_name_x")));
    connect(m_filter, &QLineEdit::returnPressed, this, &FleetWidget::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &FleetWidget::refresh);
    connect(m_cancel, &QPushButton::clicked, this, &FleetWidget::cancel);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_saved);
    bar->addWidget(connectButton);
    bar->addWidget(m_range);
    bar->addWidget(new QLabel(tr("Host label:"), this));
    bar->addWidget(m_hostLabel);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_refresh);
    bar->addWidget(m_cancel);
    bar->addWidget(m_progress);

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_strip);
    scroll->setWidgetResizable(true);
    connect(m_strip, &FleetHeatStrip::cellActivated, this, &FleetWidget::drillDown);
    m_drill->setPlaceholderText(tr("Click a kill in the strip to see that host around that time."));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(scroll);
    split->addWidget(m_drill);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    setBusy(false);
    m_status->setText(tr("Connect to the Prometheus that scrapes your hosts' node_exporter."));
}

FleetWidget::~FleetWidget() {
    if (m_job) QMetaObject::invokeMethod(m_job, "deleteLater", Qt::QueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_client; // its thread has ended: nothing runs on it any more
}

void FleetWidget::setConnection(const PromConnection &c) {
    m_connection = c;
    if (m_saved->findText(c.name) < 0 && !c.name.isEmpty()) m_saved->addItem(c.name);
    m_saved->setCurrentText(c.name);
}

void FleetWidget::setRangeSecs(qint64 secs) {
    const int i = m_range->findData(secs);
    if (i >= 0) m_range->setCurrentIndex(i);
}

void FleetWidget::editConnection() {
    ConnectionDialog dialog(m_connection, this);
    if (dialog.exec() != QDialog::Accepted) return;
    setConnection(dialog.connection());
    m_store->save(m_connection, [this](const QString &error) {
        if (!error.isEmpty())
            m_status->setText(tr("The password or token is kept for this session only: the secret store "
                                 "said: %1")
                                  .arg(error));
    });
    refresh();
}

void FleetWidget::chooseSaved(int index) {
    const QString name = m_saved->itemText(index);
    for (const PromConnection &c : m_store->connections()) {
        if (c.name != name) continue;
        m_connection = c;
        m_store->readSecret(name, [this](const QString &secret, const QString &error) {
            m_connection.secret = secret;
            if (!error.isEmpty() && m_connection.auth != PromConnection::Auth::None)
                m_status->setText(tr("The secret store did not give the password or token: %1").arg(error));
            else
                refresh();
        });
    }
}

FleetQueries FleetWidget::queries() const {
    FleetQueries q;
    if (!m_hostLabel->text().trimmed().isEmpty()) q.labels.host = m_hostLabel->text().trimmed();
    for (const QString &part : m_filter->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq > 0) q.filter.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
    }
    return q;
}

void FleetWidget::setBusy(bool busy) {
    m_refresh->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_progress->setVisible(busy);
}

void FleetWidget::refresh() {
    if (!m_connection.url.isValid() || m_connection.url.isEmpty()) {
        editConnection();
        return;
    }
    cancel();
    FleetRequest request;
    request.connection = m_connection;
    request.queries = queries();
    request.endMs = m_endMs;
    request.rangeSecs = m_range->currentData().toLongLong();
    auto *job = new FleetJob(request, m_client);
    job->moveToThread(m_thread);
    m_job = job;
    connect(job, &FleetJob::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(job, &FleetJob::finished, this, [this, job](const FleetResult &r) {
        job->deleteLater();
        if (m_job == job) showFleet(r);
    });
    setBusy(true);
    m_status->setText(tr("Asking %1…").arg(m_connection.url.toDisplayString()));
    QMetaObject::invokeMethod(job, &FleetJob::start, Qt::QueuedConnection);
}

void FleetWidget::cancel() {
    if (!m_job) return;
    QObject *job = m_job;
    m_job = nullptr;
    if (auto *f = qobject_cast<FleetJob *>(job))
        QMetaObject::invokeMethod(f, &FleetJob::cancel, Qt::QueuedConnection);
    if (auto *d = qobject_cast<DrillDownJob *>(job))
        QMetaObject::invokeMethod(d, &DrillDownJob::cancel, Qt::QueuedConnection);
    setBusy(false);
    m_status->setText(tr("Cancelled."));
}

QString FleetWidget::errorText(const PromError &e) const {
    QString head;
    switch (e.kind) {
    case PromError::Unreachable:
        head = tr("Prometheus is unreachable");
        break;
    case PromError::Timeout:
        head = tr("Prometheus did not answer in time");
        break;
    case PromError::Auth:
        head = tr("Prometheus refused the credentials (HTTP %1)").arg(e.httpStatus);
        break;
    case PromError::Http:
        head = tr("Prometheus answered HTTP %1").arg(e.httpStatus);
        break;
    case PromError::Query:
        head = tr("Prometheus rejected the query");
        break;
    case PromError::BadJson:
        head = tr("The answer is not Prometheus' query API");
        break;
    case PromError::Cancelled:
        return tr("Cancelled.");
    }
    return e.message.isEmpty() ? head : tr("%1: %2").arg(head, e.message);
}

void FleetWidget::showFleet(const FleetResult &r) {
    m_job = nullptr;
    setBusy(false);
    if (r.error) {
        m_status->setText(errorText(*r.error));
        if (r.error->kind != PromError::Cancelled) m_strip->setResult(FleetResult{});
        emit fleetShown();
        return;
    }
    m_result = r;
    m_strip->setResult(r);
    QString text = tr("%n host(s)", nullptr, int(r.hosts.size())) + QStringLiteral(" · ") +
                   tr("%n OOM kill(s)", nullptr, int(r.totalKills())) + QStringLiteral(" · ") +
                   tr("step %1 min").arg(r.stepSecs / 60.0, 0, 'g', 3);
    if (!r.containers.isEmpty())
        text +=
            QStringLiteral(" · ") + tr("%n container(s) with OOM kills", nullptr, int(r.containers.size()));
    for (const QString &w : r.warnings)
        text += QLatin1Char('\n') + tr("Partial answer: %1").arg(w);
    for (const QString &e : r.partialErrors)
        text += QLatin1Char('\n') + tr("Not shown: %1").arg(e);
    m_status->setText(text);
    m_drill->setHtml(containersHtml(r));
    emit fleetShown();
}

void FleetWidget::drillDown(const QString &host, qint64 timeMs) {
    cancel();
    DrillDownRequest request;
    request.connection = m_connection;
    request.queries = queries();
    request.host = host;
    request.centerMs = timeMs;
    request.halfWindowSecs = std::clamp<qint64>(m_result.stepSecs * 2, 1800, 6 * 3600);
    auto *job = new DrillDownJob(request, m_client);
    job->moveToThread(m_thread);
    m_job = job;
    connect(job, &DrillDownJob::finished, this, [this, job](const DrillDownResult &r) {
        job->deleteLater();
        if (m_job == job) showDrillDown(r);
    });
    setBusy(true);
    m_status->setText(
        tr("Reading %1 around %2…").arg(host, QDateTime::fromMSecsSinceEpoch(timeMs).toString()));
    QMetaObject::invokeMethod(job, &DrillDownJob::start, Qt::QueuedConnection);
}

void FleetWidget::showDrillDown(const DrillDownResult &r) {
    m_job = nullptr;
    setBusy(false);
    if (r.error) {
        m_status->setText(errorText(*r.error));
    } else {
        m_status->setText(tr("%1: %n kill(s) in the window", nullptr, int(r.killTimes.size())).arg(r.host));
    }
    m_drill->setHtml(drillDownHtml(r));
    emit drillDownShown();
}

} // namespace oomlens::ui

// The fleet workspace: pick a Prometheus connection, a range and a label filter; the hosts appear
// as a heat strip of kills sorted by kills; a click on a cell drills down to that host and time
// (zone watermarks and buddy counts around the kill, or how to turn those collectors on).
// Queries run in a worker thread with progress and cancel; errors show with the server's words.
#pragma once

#include "fleet/DrillDown.h"
#include "fleet/FleetJob.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QThread;

namespace oomlens::ui {

class ConnectionStore;
class FleetHeatStrip;

class FleetWidget : public QWidget {
    Q_OBJECT
public:
    explicit FleetWidget(QWidget *parent = nullptr);
    ~FleetWidget() override;

    // Uses this connection (secret included) for the next queries, without saving it.
    void setConnection(const fleet::PromConnection &c);
    // The end of the range; 0 = now (tests pin it to the fixture's end).
    void setEndTime(qint64 ms) { m_endMs = ms; }
    void setRangeSecs(qint64 secs);

    FleetHeatStrip *strip() const { return m_strip; }
    QTextBrowser *drillView() const { return m_drill; }
    QLabel *statusLabel() const { return m_status; }
    const fleet::FleetResult &result() const { return m_result; }

public slots:
    void refresh();
    void cancel();
    void drillDown(const QString &host, qint64 timeMs);

signals:
    void fleetShown();
    void drillDownShown();

private:
    void editConnection();
    void chooseSaved(int index);
    void showFleet(const fleet::FleetResult &r);
    void showDrillDown(const fleet::DrillDownResult &r);
    void setBusy(bool busy);
    fleet::FleetQueries queries() const;
    QString errorText(const fleet::PromError &e) const;

    ConnectionStore *m_store;
    fleet::PromConnection m_connection;
    qint64 m_endMs = 0;
    QThread *m_thread;
    fleet::PromClient *m_client; // lives in m_thread, shared by the jobs
    QPointer<QObject> m_job;
    fleet::FleetResult m_result;

    QComboBox *m_saved, *m_range;
    QLineEdit *m_filter, *m_hostLabel;
    QPushButton *m_refresh, *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    FleetHeatStrip *m_strip;
    QTextBrowser *m_drill;
};

} // namespace oomlens::ui

// SPDX-License-Identifier: GPL-2.0-or-later
// ReplayWidget: a recording (core/record, docs/recording-format.md) shown in the live host's
// views (HostViews: summary, watermark charts, buddy heatmaps, cgroup tree, process table), with
// a time slider over the whole recording, OOM kills as marks on it, and Previous/Next kill.
// At a kill (the position is the state recorded right after it), a side pane shows that kill's
// rebuilt report and diagnosis beside a "what grew" chart: the cgroups and processes whose
// memory rose most in the minutes before it.
//
// Moving the slider decodes one chunk (<= 60 s) and parses its samples' zone files for the
// charts (History), then the chosen sample in full; nothing else is held in memory.
#pragma once

#include "record/History.h"
#include "record/RecordingReader.h"

#include <QWidget>

class QChartView;
class QLabel;
class QPushButton;
class QSlider;
class QSplitter;
class QTextBrowser;
class QTimer;

namespace oomlens::ui {

class HostViews;

// The strip over the slider: one tick per kill, drawn at its time.
class TimelineMarks : public QWidget {
    Q_OBJECT
public:
    explicit TimelineMarks(QWidget *parent = nullptr);
    void setRange(qint64 firstMs, qint64 lastMs);
    void setKills(const QList<qint64> &times);
    const QList<qint64> &kills() const { return m_kills; }
    // x of a time inside the widget (for tests and painting).
    int xOf(qint64 ms) const;
    QSize sizeHint() const override { return {200, 14}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    qint64 m_first = 0;
    qint64 m_last = 1;
    QList<qint64> m_kills;
};

class ReplayWidget : public QWidget {
    Q_OBJECT
public:
    explicit ReplayWidget(QWidget *parent = nullptr);
    ~ReplayWidget() override;

    // False with errorString() when the directory holds no readable recording.
    bool open(const QString &dir);
    QString errorString() const { return m_error; }
    // Damaged chunks the reader skipped ("file at byte N: reason").
    QStringList problems() const;

    // Shows the state at `ms` (clamped to the recording).
    void seek(qint64 ms);
    qint64 position() const { return m_position; }
    // The kills, in time order; the index of the kill shown, or -1.
    const QList<rec::RecordedEvent> &kills() const { return m_kills; }
    int currentKill() const { return m_currentKill; }
    void nextKill();
    void previousKill();

    QSlider *slider() const { return m_slider; }
    TimelineMarks *marks() const { return m_marks; }
    HostViews *views() const { return m_views; }
    QWidget *killPane() const { return m_killPane; }
    QChartView *growthChart() const { return m_growthChart; }
    const std::optional<Snapshot> &shown() const { return m_shown; }

Q_SIGNALS:
    void positionChanged(qint64 ms);

private:
    void showKill(int index);
    void updateKillPane();
    void updateButtons();
    qint64 killStateTime(int index);

    rec::RecordingReader m_reader;
    QString m_error;
    QList<rec::RecordedEvent> m_kills;
    QList<qint64> m_killStateMs; // the sample recorded right after each kill (-1 = not known yet)
    int m_currentKill = -1;
    qint64 m_position = 0;
    History m_history;
    std::optional<Snapshot> m_shown;

    QLabel *m_time;
    QSlider *m_slider;
    TimelineMarks *m_marks;
    QPushButton *m_previous;
    QPushButton *m_next;
    QTimer *m_sliderDelay;
    QSplitter *m_split;
    HostViews *m_views;
    QWidget *m_killPane;
    QTextBrowser *m_killText;
    QChartView *m_growthChart;
};

} // namespace oomlens::ui

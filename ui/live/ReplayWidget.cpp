// SPDX-License-Identifier: GPL-2.0-or-later
#include "ReplayWidget.h"

#include "HostViews.h"
#include "analysis/Diagnosis.h"
#include "kernlog/OomEventText.h"
#include "record/LiveAnalysis.h"
#include "record/WhatGrew.h"
#include "widgets/Format.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QJsonArray>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

namespace oomlens::ui {

namespace {
// "What grew" compares the kill with the state this long before it (or the recording's start).
constexpr qint64 kGrowthWindowMs = 5 * 60 * 1000;
} // namespace

TimelineMarks::TimelineMarks(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("replayMarks"));
    setMinimumHeight(14);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void TimelineMarks::setRange(qint64 firstMs, qint64 lastMs) {
    m_first = firstMs;
    m_last = std::max(lastMs, firstMs + 1);
    update();
}

void TimelineMarks::setKills(const QList<qint64> &times) {
    m_kills = times;
    update();
}

int TimelineMarks::xOf(qint64 ms) const {
    // The slider's groove has a handle's width of margin at both ends in most styles.
    const int margin = 6;
    const double f = double(ms - m_first) / double(m_last - m_first);
    return margin + int(std::clamp(f, 0.0, 1.0) * (width() - 2 * margin));
}

void TimelineMarks::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    p.setPen(QPen(QColor(200, 30, 30), 3));
    for (qint64 t : std::as_const(m_kills)) {
        const int x = xOf(t);
        p.drawLine(x, 1, x, height() - 1);
    }
}

ReplayWidget::ReplayWidget(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("replayWidget"));
    m_time = new QLabel;
    m_time->setObjectName(QStringLiteral("replayTime"));
    m_slider = new QSlider(Qt::Horizontal);
    m_slider->setObjectName(QStringLiteral("replaySlider"));
    m_marks = new TimelineMarks;
    m_previous = new QPushButton(tr("◀ Previous kill"));
    m_previous->setObjectName(QStringLiteral("replayPreviousKill"));
    m_next = new QPushButton(tr("Next kill ▶"));
    m_next->setObjectName(QStringLiteral("replayNextKill"));
    m_sliderDelay = new QTimer(this);
    m_sliderDelay->setSingleShot(true);
    m_sliderDelay->setInterval(60); // coalesce a drag into few redraws

    auto *sliderBox = new QVBoxLayout;
    sliderBox->setSpacing(0);
    sliderBox->addWidget(m_marks);
    sliderBox->addWidget(m_slider);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_previous);
    bar->addLayout(sliderBox, 1);
    bar->addWidget(m_next);
    bar->addWidget(m_time);

    m_views = new HostViews(true);
    m_killText = new QTextBrowser;
    m_killText->setObjectName(QStringLiteral("replayKillText"));
    m_growthChart = new QChartView;
    m_growthChart->setObjectName(QStringLiteral("replayGrowthChart"));
    m_growthChart->setRenderHint(QPainter::Antialiasing);
    m_growthChart->setMinimumHeight(260);
    m_killPane = new QWidget;
    m_killPane->setObjectName(QStringLiteral("replayKillPane"));
    auto *pane = new QVBoxLayout(m_killPane);
    pane->setContentsMargins(0, 0, 0, 0);
    pane->addWidget(m_killText, 1);
    pane->addWidget(m_growthChart, 1);
    m_split = new QSplitter(Qt::Horizontal);
    m_split->addWidget(m_views);
    m_split->addWidget(m_killPane);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_killPane->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_split, 1);

    connect(m_slider, &QSlider::valueChanged, m_sliderDelay, qOverload<>(&QTimer::start));
    connect(m_sliderDelay, &QTimer::timeout, this, [this] {
        const qint64 ms = m_reader.firstMs() + qint64(m_slider->value()) * 1000;
        if (ms / 1000 != m_position / 1000) seek(ms);
    });
    connect(m_previous, &QPushButton::clicked, this, &ReplayWidget::previousKill);
    connect(m_next, &QPushButton::clicked, this, &ReplayWidget::nextKill);
}

ReplayWidget::~ReplayWidget() = default;

bool ReplayWidget::open(const QString &dir) {
    if (!m_reader.open(dir)) {
        m_error = m_reader.error();
        return false;
    }
    m_kills = m_reader.events();
    m_killStateMs = QList<qint64>(m_kills.size(), -1);
    QList<qint64> times;
    for (const rec::RecordedEvent &e : std::as_const(m_kills))
        times << e.timeMs;
    m_marks->setRange(m_reader.firstMs(), m_reader.lastMs());
    m_marks->setKills(times);
    const QSignalBlocker block(m_slider);
    m_slider->setRange(0, int((m_reader.lastMs() - m_reader.firstMs()) / 1000));
    seek(m_kills.isEmpty() ? m_reader.lastMs() : killStateTime(0));
    if (!m_kills.isEmpty()) showKill(0);
    return true;
}

QStringList ReplayWidget::problems() const {
    QStringList out;
    for (const rec::RecordingProblem &p : m_reader.problems())
        out << tr("%1 at byte %2: %3").arg(p.file).arg(p.offset).arg(p.reason);
    return out;
}

void ReplayWidget::seek(qint64 ms) {
    ms = std::clamp(ms, m_reader.firstMs(), m_reader.lastMs());
    const int chunk = m_reader.chunkAt(ms);
    if (chunk < 0) return;
    // The chunk's samples up to `ms` feed the charts' history; the last one is shown in full.
    m_history.clear();
    std::optional<rec::RecordedSample> last;
    rec::FileState files;
    QList<Process> processes;
    QJsonObject meta;
    m_reader.decodeChunk(chunk, [&](const rec::RecordedSample &s) {
        if (s.timeMs > ms && last) return false;
        m_history.append(m_reader.toSnapshot(s, true));
        last = s;
        files = *s.files;
        processes = *s.processes;
        meta = *s.meta;
        return true;
    });
    if (!last) return;
    last->files = &files;
    last->processes = &processes;
    last->meta = &meta;
    m_shown = m_reader.toSnapshot(*last);
    m_position = last->timeMs;
    m_views->setSnapshot(*m_shown, &m_history, true);
    {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(int((m_position - m_reader.firstMs()) / 1000));
    }
    m_time->setText(QLocale().toString(m_shown->time.toLocalTime(), QLocale::ShortFormat) +
                    QStringLiteral(":%1").arg(m_shown->time.toLocalTime().time().second(), 2, 10, QLatin1Char('0')));
    // At a kill: the sample recorded right after it (or within a few seconds).
    int at = -1;
    for (int i = 0; i < m_kills.size(); ++i)
        if (m_position >= m_kills[i].timeMs - 1000 && m_position <= m_kills[i].timeMs + 10000) at = i;
    if (at != m_currentKill) {
        m_currentKill = at;
        updateKillPane();
    }
    updateButtons();
    emit positionChanged(m_position);
}

qint64 ReplayWidget::killStateTime(int index) {
    if (m_killStateMs[index] >= 0) return m_killStateMs[index];
    const qint64 at = m_kills[index].timeMs;
    qint64 found = at;
    for (int i = std::max(0, m_reader.chunkAt(at)); i < m_reader.chunks().size(); ++i) {
        bool done = false;
        m_reader.decodeChunk(i, [&](const rec::RecordedSample &s) {
            if (s.timeMs >= at && s.freshProcesses) {
                found = s.timeMs;
                done = true;
            }
            return !done;
        });
        if (done) break;
    }
    m_killStateMs[index] = found;
    return found;
}

void ReplayWidget::showKill(int index) {
    if (index < 0 || index >= m_kills.size()) return;
    seek(killStateTime(index));
}

void ReplayWidget::nextKill() {
    for (int i = 0; i < m_kills.size(); ++i)
        if (m_kills[i].timeMs > m_position + 10000 || (i > m_currentKill && m_currentKill >= 0 && m_kills[i].timeMs > m_kills[m_currentKill].timeMs))
            return showKill(i);
}

void ReplayWidget::previousKill() {
    for (int i = int(m_kills.size()) - 1; i >= 0; --i)
        if (m_kills[i].timeMs < m_position - 1000 && i != m_currentKill) return showKill(i);
}

void ReplayWidget::updateButtons() {
    bool before = false, after = false;
    for (int i = 0; i < m_kills.size(); ++i) {
        if (i == m_currentKill) continue;
        before = before || m_kills[i].timeMs < m_position - 1000;
        after = after || m_kills[i].timeMs > m_position;
    }
    m_previous->setEnabled(before);
    m_next->setEnabled(after);
}

void ReplayWidget::updateKillPane() {
    if (m_currentKill < 0 || !m_shown) {
        m_killPane->hide();
        return;
    }
    const rec::RecordedEvent &kill = m_kills[m_currentKill];
    const QJsonObject &j = kill.json;
    // The report: rebuilt from its kernel lines by the post-mortem engine, like `replay --events`.
    QStringList lines;
    for (int i = m_currentKill; i >= 0 && lines.isEmpty(); --i)
        for (const QJsonValue v : m_kills[i].json.value(QStringLiteral("lines")).toArray())
            lines << v.toString();
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg(tr("OOM kill %1 of %2: %3 (pid %4)")
                                .arg(m_currentKill + 1)
                                .arg(m_kills.size())
                                .arg(j.value(QStringLiteral("comm")).toString().toHtmlEscaped())
                                .arg(j.value(QStringLiteral("pid")).toInteger()));
    const QList<OomEvent> events = lines.isEmpty() ? QList<OomEvent>() : defaultOomAnalyzer()(lines);
    const OomEvent *event = nullptr;
    for (const OomEvent &e : events)
        if (e.victim && e.victim->pid == j.value(QStringLiteral("pid")).toInteger()) event = &e;
    if (event) {
        const Diagnosis d = diagnoseEvent(*event);
        html += QStringLiteral("<p><b>%1</b> %2</p><p>%3</p><pre>%4</pre>")
                    .arg(causeTitle(d.cause).toHtmlEscaped(), d.summary.toHtmlEscaped(), d.remedy.toHtmlEscaped(),
                         eventDetail(1, *event).toHtmlEscaped());
    } else {
        html += QStringLiteral("<p>%1</p>").arg(tr("Cgroup %1. The kernel's report was not recorded (the kill was "
                                                    "seen in the OOM counters only).")
                                                     .arg(j.value(QStringLiteral("victim_cgroup")).toString().toHtmlEscaped()));
    }
    m_killText->setHtml(html);

    // What grew: the kill against the state kGrowthWindowMs before it.
    QString error;
    const std::optional<Snapshot> before = m_reader.snapshotAt(std::max(m_reader.firstMs(), kill.timeMs - kGrowthWindowMs), &error);
    auto *chart = new QChart;
    chart->setTitle(tr("What grew in the %1 minutes before the kill").arg(kGrowthWindowMs / 60000));
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (before) {
        const rec::WhatGrew g = rec::whatGrew(*before, *m_shown, 6);
        auto *series = new QHorizontalBarSeries;
        auto *set = new QBarSet(tr("rise (MiB)"));
        QStringList names;
        for (const QList<rec::Growth> *list : {&g.processes, &g.cgroups})
            for (const rec::Growth &x : *list) {
                names.prepend(x.name.size() > 40 ? QStringLiteral("…") + x.name.right(39) : x.name);
                set->insert(0, double(x.delta()) / (1024.0 * 1024.0));
            }
        series->append(set);
        chart->addSeries(series);
        auto *axisY = new QBarCategoryAxis;
        axisY->append(names);
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        auto *axisX = new QValueAxis;
        axisX->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
    }
    QChart *old = m_growthChart->chart();
    m_growthChart->setChart(chart);
    delete old;
    m_killPane->show();
}

} // namespace oomlens::ui

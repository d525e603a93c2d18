// SPDX-License-Identifier: GPL-2.0-or-later
#include "BuddyPanel.h"

#include "record/FragmentationIndex.h"
#include "record/History.h"
#include "widgets/BuddyHeatmap.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QValueAxis>

namespace oomlens::ui {

namespace {
QGroupBox *box(const QString &title, QWidget *content, QWidget *header = nullptr) {
    auto *g = new QGroupBox(title);
    auto *l = new QVBoxLayout(g);
    l->setContentsMargins(4, 4, 4, 4);
    if (header) l->addWidget(header);
    l->addWidget(content, 1);
    return g;
}
} // namespace

BuddyPanel::BuddyPanel(bool withHistory, QWidget *parent)
    : QWidget(parent)
    , m_withHistory(withHistory) {
    m_now = new BuddyHeatmap;
    m_now->setObjectName(QStringLiteral("buddyNow"));
    m_migrate = new BuddyHeatmap;
    m_migrate->setObjectName(QStringLiteral("buddyMigrate"));
    m_migrate->setLabelWidth(100);
    m_zone = new QComboBox;
    m_zone->setObjectName(QStringLiteral("zoneChooser"));

    m_fragSeries = new QBarSeries;
    auto *chart = new QChart;
    chart->addSeries(m_fragSeries);
    m_fragX = new QBarCategoryAxis;
    m_fragY = new QValueAxis;
    m_fragY->setRange(0, 100);
    m_fragY->setLabelFormat(QStringLiteral("%d %%"));
    m_fragX->setTitleText(tr("request order"));
    chart->addAxis(m_fragX, Qt::AlignBottom);
    chart->addAxis(m_fragY, Qt::AlignLeft);
    m_fragSeries->attachAxis(m_fragX);
    m_fragSeries->attachAxis(m_fragY);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(2, 2, 2, 2));
    m_fragView = new QChartView(chart);
    m_fragView->setRenderHint(QPainter::Antialiasing);
    m_fragView->setToolTip(
        tr("Share of a zone's free memory that sits in blocks too small for a request of each order "
           "(the kernel's unusable free space index, mm/vmstat.c unusable_free_index()). "
           "100 % = no free block of that order or larger."));

    auto *chooser = new QWidget;
    auto *cl = new QHBoxLayout(chooser);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->addWidget(new QLabel(tr("Zone:")));
    cl->addWidget(m_zone);
    cl->addStretch(1);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(2, 2, 2, 2);
    grid->addWidget(box(tr("Free blocks per order, now (buddyinfo)"), m_now), 0, 0);
    grid->addWidget(box(tr("Unusable free memory per request order"), m_fragView), 0, 1);
    QWidget *overTime;
    if (m_withHistory) {
        m_overTime = new BuddyHeatmap;
        m_overTime->setObjectName(QStringLiteral("buddyOverTime"));
        m_overTime->setLabelWidth(70);
        overTime = m_overTime;
    } else {
        m_overTimeNote = new QLabel(tr("Free blocks over time are recorded while watching a live host."));
        m_overTimeNote->setAlignment(Qt::AlignCenter);
        m_overTimeNote->setWordWrap(true);
        overTime = m_overTimeNote;
    }
    grid->addWidget(box(tr("Chosen zone over time (order x time)"), overTime, chooser), 1, 0);
    grid->addWidget(box(m_withHistory
                            ? tr("Chosen zone per migrate type (pagetypeinfo, read every 5th sample)")
                            : tr("Chosen zone per migrate type (pagetypeinfo)"),
                        m_migrate),
                    1, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);

    connect(m_zone, &QComboBox::currentIndexChanged, this, &BuddyPanel::refreshZoneViews);
    connect(m_now, &BuddyHeatmap::rowClicked, this, [this](int row) {
        if (row < m_zone->count()) m_zone->setCurrentIndex(row);
    });
}

HeatmapMatrix BuddyPanel::nowMatrix(const Snapshot &s) {
    HeatmapMatrix m;
    int orders = 0;
    for (const MemoryNode &n : s.nodes)
        for (const Zone &z : n.zones)
            if (z.buddy) orders = std::max(orders, int(z.buddy->size()));
    for (int o = 0; o < orders; ++o) {
        m.columnLabels << QString::number(o);
        if (s.pageSize) m.blockBytes.push_back(*s.pageSize << o);
    }
    for (const MemoryNode &n : s.nodes)
        for (const Zone &z : n.zones) {
            if (!z.buddy) continue;
            m.rowLabels << tr("Node %1 %2").arg(n.id).arg(z.name);
            std::vector<std::optional<std::uint64_t>> row(std::size_t(orders), std::nullopt);
            for (int o = 0; o < int(z.buddy->size()); ++o)
                row[std::size_t(o)] = z.buddy->at(o);
            m.values.push_back(std::move(row));
        }
    return m;
}

HeatmapMatrix BuddyPanel::migrateMatrix(const Snapshot &s, int node, const QString &zone) {
    HeatmapMatrix m;
    for (const MemoryNode &n : s.nodes) {
        if (n.id != node) continue;
        for (const Zone &z : n.zones) {
            if (z.name != zone) continue;
            int orders = 0;
            for (const MigrateTypeFreeBlocks &t : z.migrateTypes)
                orders = std::max(orders, int(t.blocks.size()));
            for (int o = 0; o < orders; ++o) {
                m.columnLabels << QString::number(o);
                if (s.pageSize) m.blockBytes.push_back(*s.pageSize << o);
            }
            for (const MigrateTypeFreeBlocks &t : z.migrateTypes) {
                m.rowLabels << t.type;
                std::vector<std::optional<std::uint64_t>> row(std::size_t(orders), std::nullopt);
                for (int o = 0; o < int(t.blocks.size()); ++o)
                    row[std::size_t(o)] = t.blocks[o];
                m.values.push_back(std::move(row));
            }
        }
    }
    return m;
}

HeatmapMatrix BuddyPanel::historyMatrix(const History &h, int node, const QString &zone, int maxColumns) {
    HeatmapMatrix m;
    if (h.isEmpty()) return m;
    const std::size_t n = std::min<std::size_t>(h.size(), std::size_t(std::max(1, maxColumns)));
    const std::size_t first = h.size() - n;
    int orders = 0;
    for (std::size_t i = first; i < h.size(); ++i) {
        const int zi = h.zoneIndex(h.at(i), node, zone);
        if (zi >= 0) orders = std::max(orders, int(h.at(i).zones[std::size_t(zi)].orders));
    }
    // Highest order on top, like a y axis.
    for (int o = orders - 1; o >= 0; --o) {
        m.rowLabels << tr("order %1").arg(o);
        m.values.emplace_back(n, std::nullopt);
    }
    for (std::size_t i = first; i < h.size(); ++i) {
        const HostSample &s = h.at(i);
        m.columnLabels << QDateTime::fromMSecsSinceEpoch(s.timeMs).toString(QStringLiteral("HH:mm:ss"));
        const int zi = h.zoneIndex(s, node, zone);
        if (zi < 0) continue;
        const ZoneSample &z = s.zones[std::size_t(zi)];
        for (int o = 0; o < int(z.orders) && o < orders; ++o)
            m.values[std::size_t(orders - 1 - o)][i - first] = z.buddy[std::size_t(o)];
    }
    return m;
}

QString BuddyPanel::migrateTypesMissingReason(const Snapshot &s) {
    for (const MemoryNode &n : s.nodes)
        for (const Zone &z : n.zones)
            if (!z.migrateTypes.isEmpty()) return {};
    for (const SnapshotProblem &p : s.problems)
        if (p.file.endsWith(QLatin1String("pagetypeinfo")) &&
            (p.reason.contains(QLatin1String("permission"), Qt::CaseInsensitive) ||
             p.reason.contains(QLatin1String("not permitted"), Qt::CaseInsensitive)))
            return tr("/proc/pagetypeinfo could not be read (%1). Since Linux 5.4 it is readable by root "
                      "only: "
                      "run OOM Lens as root to see free blocks per migrate type.")
                .arg(p.reason);
    return tr("No /proc/pagetypeinfo in this source. It is readable by root only (Linux 5.4+), "
              "so a capture made without root does not contain it.");
}

void BuddyPanel::setSnapshot(const Snapshot &s, const History *history) {
    m_snapshot = s;
    m_history = history;
    HeatmapMatrix now = nowMatrix(s);
    // Keep the chooser in step with the zones that have buddy counts.
    QStringList keys;
    for (const MemoryNode &n : s.nodes)
        for (const Zone &z : n.zones)
            if (z.buddy) keys << QStringLiteral("%1/%2").arg(n.id).arg(z.name);
    QStringList current;
    for (int i = 0; i < m_zone->count(); ++i)
        current << m_zone->itemData(i).toString();
    if (current != keys) {
        const QString selected = m_zone->currentData().toString();
        QSignalBlocker block(m_zone);
        m_zone->clear();
        for (int i = 0; i < keys.size(); ++i)
            m_zone->addItem(now.rowLabels.value(i), keys[i]);
        // Default: the biggest-numbered zone of node 0 with memory, usually Normal.
        int index = keys.indexOf(selected);
        if (index < 0) index = std::max<int>(0, int(keys.size()) - 1);
        for (int i = 0; i < keys.size() && selected.isEmpty(); ++i)
            if (keys[i].endsWith(QLatin1String("/Normal"))) index = i;
        m_zone->setCurrentIndex(index);
    }
    m_now->setMatrix(std::move(now));
    m_now->setPlaceholderText(tr("No /proc/buddyinfo in this source."));
    updateFragmentation(s);
    refreshZoneViews();
}

void BuddyPanel::refreshZoneViews() {
    const QString key = m_zone->currentData().toString();
    const int node = key.section(QLatin1Char('/'), 0, 0).toInt();
    const QString zone = key.section(QLatin1Char('/'), 1);
    HeatmapMatrix migrate = migrateMatrix(m_snapshot, node, zone);
    m_migrate->setPlaceholderText(migrateTypesMissingReason(m_snapshot));
    m_migrate->setMatrix(std::move(migrate));
    if (m_overTime && m_history) {
        // One column per sample, at least 3 px wide.
        const int columns = std::max(10, (m_overTime->width() - 80) / 3);
        m_overTime->setMatrix(historyMatrix(*m_history, node, zone, columns));
    }
}

void BuddyPanel::updateFragmentation(const Snapshot &s) {
    int orders = 0;
    QList<QPair<QString, QList<std::optional<double>>>> zones;
    for (const MemoryNode &n : s.nodes)
        for (const Zone &z : n.zones)
            if (z.buddy) {
                zones.append({tr("Node %1 %2").arg(n.id).arg(z.name), unusableFreeIndex(*z.buddy)});
                orders = std::max(orders, int(z.buddy->size()));
            }
    QStringList categories;
    for (int o = 0; o < orders; ++o)
        categories << QString::number(o);
    if (m_fragX->categories() != categories) {
        m_fragX->clear();
        m_fragX->append(categories);
    }
    m_fragX->setTitleVisible(!categories.isEmpty());
    m_fragView->chart()->setTitle(categories.isEmpty() ? tr("No /proc/buddyinfo in this source.")
                                                       : QString());
    // Update bar values in place when the zones are the same, else rebuild the sets.
    const QList<QBarSet *> sets = m_fragSeries->barSets();
    bool same = sets.size() == zones.size();
    for (int i = 0; same && i < sets.size(); ++i)
        same = sets[i]->label() == zones[i].first && sets[i]->count() == orders;
    if (!same) {
        m_fragSeries->clear();
        for (const auto &z : zones) {
            auto *set = new QBarSet(z.first);
            for (int o = 0; o < orders; ++o)
                set->append(o < z.second.size() && z.second[o] ? *z.second[o] * 100.0 : 0.0);
            m_fragSeries->append(set);
        }
        return;
    }
    for (int i = 0; i < sets.size(); ++i)
        for (int o = 0; o < orders; ++o) {
            const double v =
                o < zones[i].second.size() && zones[i].second[o] ? *zones[i].second[o] * 100.0 : 0.0;
            if (sets[i]->at(o) != v) sets[i]->replace(o, v);
        }
}

} // namespace oomlens::ui

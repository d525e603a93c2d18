// SPDX-License-Identifier: GPL-2.0-or-later
#include "PostMortemWidget.h"

#include "EventDetailWidget.h"
#include "EventTimeline.h"
#include "models/EventListModel.h"

#include <QDataStream>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace oomlens::ui {

namespace {
constexpr quint32 kLayoutVersion = 1;
}

PostMortemWidget::PostMortemWidget(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("postMortem"));
    m_model = new EventListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EventListModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_timeline = new EventTimeline(this);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("eventFilter"));
    m_filter->setPlaceholderText(tr("Filter events by host, process, cgroup or cause…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::textChanged, this, &PostMortemWidget::updateCountLabel);
    m_count = new QLabel(this);
    // What the table's styles mean (EventListModel: italic time, grey rows and cells).
    m_legend = new QLabel(tr("<i>italic time</i>: partial report · <span style='color:#808080'>grey</span>: "
                             "no kill or value not printed"),
                          this);
    m_legend->setObjectName(QStringLiteral("eventTableLegend"));
    m_legend->setToolTip(
        tr("An italic time marks a report that was cut (hover it for what is missing). A grey "
           "row is a page allocation failure that killed nothing; a grey n/a is a value "
           "this kernel or this cut report does not print."));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("eventTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EventListModel::TimeColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle); // cgroup paths differ at the end
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PostMortemWidget::onCurrentRowChanged);

    m_detail = new EventDetailWidget(this);

    connect(m_timeline, &EventTimeline::eventClicked, this, &PostMortemWidget::selectEvent);

    auto *listPane = new QWidget(this);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_legend);
    filterRow->addWidget(m_count);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(4, 2, 4, 2);
    listLayout->addLayout(filterRow);
    listLayout->addWidget(m_table, 1);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("postMortemSplitter"));
    m_splitter->addWidget(m_timeline);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setSizes({150, 170, 430});
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
}

void PostMortemWidget::setLog(const LoadedLog &log) {
    m_current = -1;
    m_model->setLog(log);
    m_timeline->setLog(log);
    m_detail->clear();
    m_table->resizeColumnsToContents();
    // Long host names and cgroup paths must not push the cause column off screen: the wide
    // columns give up width until everything fits (the tooltip and the detail show them whole).
    const int available = m_table->viewport()->width() > 200 ? m_table->viewport()->width() : 1240;
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 360));
    auto total = [&] {
        int sum = 0;
        for (int c = 0; c < m_model->columnCount(); ++c)
            sum += m_table->columnWidth(c);
        return sum;
    };
    for (int cap = 340; total() > available && cap >= 120; cap -= 20)
        for (int c : {int(EventListModel::CgroupColumn), int(EventListModel::HostColumn),
                      int(EventListModel::VictimColumn), int(EventListModel::InvokerColumn)})
            m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), cap));
    updateCountLabel();
    // The timeline grows with the number of host rows so no row label is cut; the table keeps
    // room for about six rows; the detail takes the rest.
    const QList<int> sizes = m_splitter->sizes();
    int splitterHeight = 0;
    for (int size : sizes)
        splitterHeight += size;
    if (splitterHeight <= 0) splitterHeight = 750; // not laid out yet: the 1280x800 default
    const int timeline = std::clamp(90 + 24 * int(m_timeline->layout().rows.size()), 140, 280);
    const int table = 190;
    m_splitter->setSizes({timeline, table, std::max(200, splitterHeight - timeline - table)});
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    else
        emit currentEventChanged(-1);
}

void PostMortemWidget::addEvent(const OomEvent &event) {
    LoadedLog log = m_model->log();
    log.analysis.events.append(event);
    explainEvents(log); // the diagnosis looks at the host's other events (restart loops)
    const int current = m_current;
    setLog(log);
    if (current >= 0) selectEvent(current);
}

const LoadedLog &PostMortemWidget::log() const {
    return m_model->log();
}

int PostMortemWidget::eventCount() const {
    return m_model->rowCount();
}

int PostMortemWidget::currentEventIndex() const {
    return m_current;
}

void PostMortemWidget::selectEvent(int index) {
    if (index < 0 || index >= m_model->rowCount()) return;
    QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(index, 0));
    if (!proxyIndex.isValid()) {
        // Hidden by the filter: clear the filter rather than silently ignore the request.
        m_filter->clear();
        proxyIndex = m_proxy->mapFromSource(m_model->index(index, 0));
    }
    m_table->selectRow(proxyIndex.row());
    m_table->scrollTo(proxyIndex);
}

bool PostMortemWidget::selectNextEvent() {
    return moveSelection(+1);
}

bool PostMortemWidget::selectPreviousEvent() {
    return moveSelection(-1);
}

bool PostMortemWidget::moveSelection(int delta) {
    const int rows = m_proxy->rowCount();
    if (rows == 0) return false;
    const QModelIndex current = m_table->currentIndex();
    int row = current.isValid() ? current.row() + delta : 0;
    if (row < 0 || row >= rows) return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_proxy->index(row, 0));
    return true;
}

void PostMortemWidget::onCurrentRowChanged() {
    const QModelIndex current = m_table->currentIndex();
    const int index = current.isValid() ? current.data(EventListModel::EventIndexRole).toInt() : -1;
    if (index == m_current) return;
    m_current = index;
    if (index >= 0)
        m_detail->setEvent(log().events().at(index), log().explanationOf(index));
    else
        m_detail->clear();
    m_timeline->setCurrentEvent(index);
    emit currentEventChanged(index);
}

void PostMortemWidget::updateCountLabel() {
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("%n event(s)", nullptr, total)
                                    : tr("%1 of %2 events").arg(shown).arg(total));
}

QByteArray PostMortemWidget::saveLayout() const {
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << kLayoutVersion << m_splitter->saveState() << m_detail->saveLayout();
    return state;
}

void PostMortemWidget::restoreLayout(const QByteArray &state) {
    if (state.isEmpty()) return;
    QDataStream in(state);
    quint32 version = 0;
    QByteArray splitter, detail;
    in >> version >> splitter >> detail;
    if (in.status() != QDataStream::Ok || version != kLayoutVersion) return;
    m_splitter->restoreState(splitter);
    m_detail->restoreLayout(detail);
}

} // namespace oomlens::ui

// SPDX-License-Identifier: GPL-2.0-or-later
// Makes a process table's oom_score_adj column editable. The delegate never writes the model or
// the kernel: when a person commits a different value it emits editRequested(); the owner of the
// table computes the new kill rank and shows an OomScoreAdjDialog, which does the write.
//
// What the delegate reads from the edited index (the oom_score_adj cell), configurable:
//   pidRole        (default PidRole = Qt::UserRole + 101): the pid, an integer
//   startTimeRole  (default StartTimeRole = Qt::UserRole + 102): stat field 22, quint64, so a
//                  reused pid is refused later (app/oomlens-helper/README.md)
//   valueRole      (default Qt::EditRole, then Qt::DisplayRole): the current oom_score_adj
// A cell without a valid pid or start time, or without a value, gets no editor.
//
// Usage (e.g. in the live process table):
//   auto *d = new OomScoreAdjDelegate(view);
//   d->setRoles({ProcessTableModel::PidRole, ProcessTableModel::StartTimeRole, Qt::EditRole});
//   view->setItemDelegateForColumn(ProcessTableModel::OomScoreAdjColumn, d);
//   connect(d, &OomScoreAdjDelegate::editRequested, this, [this](qint64 pid, quint64 start, int from, int to)
//   {
//       OomScoreAdjChange change{pid, start, name, from, to, oldRank, newRank, ranked};
//       (new OomScoreAdjDialog(change, std::make_shared<PkexecHelperLauncher>(), this))->open();
//   });
// The model's flags() must include Qt::ItemIsEditable for that column.
#pragma once

#include <QStyledItemDelegate>

namespace oomlens::ui {

class OomScoreAdjDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    enum Roles { PidRole = Qt::UserRole + 101, StartTimeRole = Qt::UserRole + 102 };
    struct RoleMap {
        int pidRole = PidRole;
        int startTimeRole = StartTimeRole;
        int valueRole = Qt::EditRole;
    };

    explicit OomScoreAdjDelegate(QObject *parent = nullptr);
    void setRoles(const RoleMap &roles) { m_roles = roles; }
    RoleMap roles() const { return m_roles; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    // Does nothing: the editor is filled once, in createEditor(), and live updates of the cell
    // do not overwrite what the person is typing.
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    // Emits editRequested() for the process the editor was opened on (pid, start time and value
    // as they were then) when the value differs; leaves the model untouched.
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

signals:
    void editRequested(qint64 pid, quint64 startTime, int oldValue, int newValue);

private:
    struct Target {
        qint64 pid = 0;
        quint64 startTime = 0;
        int value = 0;
    };
    bool target(const QModelIndex &index, Target &out) const;

    RoleMap m_roles;
};

} // namespace oomlens::ui

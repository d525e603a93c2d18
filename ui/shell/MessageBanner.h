// SPDX-License-Identifier: GPL-2.0-or-later
// A dismissable strip above the workspace for problems found while reading input. It is not a
// modal box: a log with one garbled line still shows its events, and the reader keeps working.
#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QToolButton;

namespace oomlens::ui {

class MessageBanner : public QFrame {
    Q_OBJECT
public:
    enum class Level { Information, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    // headline: one sentence; details: one line each ("file:line: reason"), shown below it.
    void showMessage(Level level, const QString &headline, const QStringList &details = {});
    void clear();

    Level level() const { return m_level; }
    QString headline() const { return m_headline; }
    QStringList details() const { return m_details; }

private:
    Level m_level = Level::Information;
    QString m_headline;
    QStringList m_details;
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace oomlens::ui

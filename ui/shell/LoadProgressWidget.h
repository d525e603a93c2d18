// SPDX-License-Identifier: GPL-2.0-or-later
// The status-bar strip shown while a file loads: what is loading, a progress bar, and Cancel.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace oomlens::ui {

class LoadProgressWidget : public QWidget {
    Q_OBJECT
public:
    explicit LoadProgressWidget(QWidget *parent = nullptr);

    void start(const QString &what);
    // done/total in bytes; total 0 = unknown size (stdin, some archives): a busy indicator.
    void setProgress(qint64 done, qint64 total);
    void finish();

signals:
    void cancelRequested();

private:
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace oomlens::ui

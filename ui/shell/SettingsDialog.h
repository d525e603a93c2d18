// SPDX-License-Identifier: GPL-2.0-or-later
// A small settings dialog: the language override (applied at the next start).
#pragma once

#include <QDialog>

class QComboBox;

namespace oomlens::ui {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // The selected language code ("" = system default).
    QString selectedLanguage() const;
    void setSelectedLanguage(const QString &code);

    // Stores the choices in QSettings (called when the dialog is accepted).
    void apply();

private:
    QComboBox *m_language = nullptr;
};

} // namespace oomlens::ui

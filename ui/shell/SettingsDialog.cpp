// SPDX-License-Identifier: GPL-2.0-or-later
#include "SettingsDialog.h"

#include "AppLanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace oomlens::ui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const auto &choice : AppLanguage::choices())
        m_language->addItem(choice.nativeName, choice.code);
    setSelectedLanguage(AppLanguage::storedOverride());

    auto *note = new QLabel(tr("A new language takes effect the next time OOM Lens starts."), this);
    note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(buttons);
}

QString SettingsDialog::selectedLanguage() const {
    return m_language->currentData().toString();
}

void SettingsDialog::setSelectedLanguage(const QString &code) {
    const int index = m_language->findData(code);
    m_language->setCurrentIndex(index >= 0 ? index : 0);
}

void SettingsDialog::apply() {
    AppLanguage::storeOverride(selectedLanguage());
}

} // namespace oomlens::ui

#include "ConnectionDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace oomlens::ui {

using fleet::PromConnection;

ConnectionDialog::ConnectionDialog(const PromConnection &c, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(c.name, this))
    , m_url(new QLineEdit(c.url.toString(), this))
    , m_user(new QLineEdit(c.user, this))
    , m_secret(new QLineEdit(c.secret, this))
    , m_ca(new QLineEdit(c.caFile, this))
    , m_tenant(new QLineEdit(c.tenant, this))
    , m_auth(new QComboBox(this))
    , m_minStep(new QSpinBox(this)) {
    setWindowTitle(tr("Prometheus Connection"));
    m_url->setPlaceholderText(QStringLiteral("http://prometheus:9090/"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_auth->addItems({tr("None"), tr("Basic (user and password)"), tr("Bearer token")});
    m_auth->setCurrentIndex(int(c.auth));
    m_minStep->setRange(1, 3600);
    m_minStep->setSuffix(tr(" s"));
    m_minStep->setValue(int(c.minStepSecs));
    m_tenant->setPlaceholderText(tr("only for Mimir or Cortex (X-Scope-OrgID)"));

    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("CA Certificate"), m_ca->text(),
                                                       tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!f.isEmpty()) m_ca->setText(f);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Authentication:"), m_auth);
    form->addRow(tr("U&ser:"), m_user);
    form->addRow(tr("&Password or token:"), m_secret);
    form->addRow(tr("&CA certificate:"), caRow);
    form->addRow(tr("&Tenant:"), m_tenant);
    form->addRow(tr("Scrape &interval:"), m_minStep);
    auto *note = new QLabel(tr("The password or token is kept in the system's secret store, never in the "
                               "settings file."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateFields);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    updateFields();
}

void ConnectionDialog::updateFields() {
    const auto auth = PromConnection::Auth(m_auth->currentIndex());
    m_user->setEnabled(auth == PromConnection::Auth::Basic);
    m_secret->setEnabled(auth != PromConnection::Auth::None);
}

PromConnection ConnectionDialog::connection() const {
    PromConnection c;
    c.name = m_name->text().trimmed().isEmpty() ? m_url->text().trimmed() : m_name->text().trimmed();
    c.url = QUrl::fromUserInput(m_url->text().trimmed());
    c.auth = PromConnection::Auth(m_auth->currentIndex());
    c.user = m_user->text();
    c.secret = c.auth == PromConnection::Auth::None ? QString() : m_secret->text();
    c.caFile = m_ca->text().trimmed();
    c.tenant = m_tenant->text().trimmed();
    c.minStepSecs = m_minStep->value();
    return c;
}

} // namespace oomlens::ui

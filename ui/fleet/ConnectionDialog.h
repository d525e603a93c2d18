// Edit one Prometheus connection: name, URL, authentication (none, basic, bearer token), the CA
// for https, the tenant header for Mimir/Cortex and the scrape interval (the smallest step).
#pragma once

#include "fleet/PromConnection.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace oomlens::ui {

class ConnectionDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectionDialog(const fleet::PromConnection &initial, QWidget *parent = nullptr);
    fleet::PromConnection connection() const;

private:
    void updateFields();

    QLineEdit *m_name, *m_url, *m_user, *m_secret, *m_ca, *m_tenant;
    QComboBox *m_auth;
    QSpinBox *m_minStep;
};

} // namespace oomlens::ui

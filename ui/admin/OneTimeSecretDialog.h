#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace ow {

// Shows a password or a device secret the server made, once: it is not stored anywhere and cannot
// be shown again. The administrator copies it or writes it down, then closes.
class OneTimeSecretDialog : public QDialog
{
    Q_OBJECT
public:
    // `title`, and what the secret is for (e.g. "The one-time password of wangli …").
    OneTimeSecretDialog(const QString &title, const QString &explanation, const QString &secret, QWidget *parent = nullptr);

    QString secret() const;

private:
    QLabel *m_secret;
    QPushButton *m_copy;
};

} // namespace ow

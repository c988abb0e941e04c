#include "ui/admin/OneTimeSecretDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

OneTimeSecretDialog::OneTimeSecretDialog(const QString &title, const QString &explanation, const QString &secret, QWidget *parent)
    : QDialog(parent), m_secret(new QLabel(secret, this)), m_copy(new QPushButton(tr("Copy"), this))
{
    setObjectName(QStringLiteral("oneTimeSecretDialog"));
    setWindowTitle(title);
    m_secret->setObjectName(QStringLiteral("oneTimeSecret"));
    m_copy->setObjectName(QStringLiteral("copySecretButton"));

    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.8);
    mono.setBold(true);
    m_secret->setFont(mono);
    m_secret->setAlignment(Qt::AlignCenter);
    m_secret->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_secret->setStyleSheet(QStringLiteral("background:#f4f8fb; color:#0b4f8a; border:1px solid #b8cfe3; border-radius:6px; padding:14px;"));
    auto *warning = new QLabel(tr("It is shown only this once and is not kept anywhere. Close this window only after "
                                  "you have noted it or handed it over."),
                               this);
    warning->setWordWrap(true);
    warning->setStyleSheet(QStringLiteral("color:#8a4b00;"));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *done = buttons->addButton(tr("I have noted it"), QDialogButtonBox::AcceptRole);
    done->setObjectName(QStringLiteral("secretNotedButton"));
    done->setDefault(true);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addSpacing(6);
    layout->addWidget(m_secret);
    layout->addSpacing(6);
    layout->addWidget(warning);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_secret->text());
        m_copy->setText(tr("Copied"));
    });
}

QString OneTimeSecretDialog::secret() const
{
    return m_secret->text();
}

} // namespace ow

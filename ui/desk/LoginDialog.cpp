#include "ui/desk/LoginDialog.h"

#include "core/client/ClientSession.h"
#include "core/client/ClientSettings.h"
#include "ui/common/LanguageManager.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

LoginDialog::LoginDialog(ClientSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_serverLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_server(new QLineEdit(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_loginButton(new QPushButton(this))
    , m_quitButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("loginDialog"));
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_loginButton->setObjectName(QStringLiteral("loginButton"));
    m_quitButton->setObjectName(QStringLiteral("quitButton"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_password->setEchoMode(QLineEdit::Password);
    m_server->setPlaceholderText(QStringLiteral("http://127.0.0.1:8460"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_server->setText(ClientSettings::serverUrl().value());
    m_username->setText(ClientSettings::lastUsername().value());
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(LanguageManager::current() == QLatin1String("en") ? 1 : 0);
    m_loginButton->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_userLabel, m_username);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_languageLabel, m_language);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_quitButton);
    buttons->addWidget(m_loginButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    setMinimumWidth(440);

    connect(m_loginButton, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(m_quitButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this](int) {
        const QString lang = m_language->currentData().toString();
        ClientSettings::language().set(lang);
        LanguageManager::apply(lang);
    });
    connect(&m_session, &ClientSession::loginFinished, this, &LoginDialog::onLoginFinished);
    retranslate();
    if (!m_username->text().isEmpty())
        m_password->setFocus();
}

void LoginDialog::setCredentials(const QString &server, const QString &username, const QString &password)
{
    if (!server.isEmpty())
        m_server->setText(server);
    if (!username.isEmpty())
        m_username->setText(username);
    m_password->setText(password);
}

void LoginDialog::submit()
{
    if (m_busy)
        return;
    const QUrl url = QUrl::fromUserInput(m_server->text().trimmed());
    if (!url.isValid() || url.host().isEmpty()) {
        m_message->setText(tr("Enter the server address, for example http://127.0.0.1:8460."));
        return;
    }
    if (m_username->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        m_message->setText(tr("Enter your user name and password."));
        return;
    }
    m_message->clear();
    setBusy(true);
    m_session.setLanguage(LanguageManager::current());
    m_session.login(url, m_username->text().trimmed(), m_password->text());
}

void LoginDialog::onLoginFinished(bool ok, const QString &message)
{
    setBusy(false);
    if (!ok) {
        m_message->setText(message);
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    ClientSettings::serverUrl().set(m_server->text().trimmed());
    ClientSettings::lastUsername().set(m_username->text().trimmed());
    m_password->clear();
    accept();
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_loginButton->setEnabled(!busy);
    m_loginButton->setText(busy ? tr("Logging in…") : tr("Log in"));
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LoginDialog::retranslate()
{
    setWindowTitle(tr("OneWindow — log in"));
    m_title->setText(tr("OneWindow HR & Social Security Service"));
    m_serverLabel->setText(tr("Server:"));
    m_userLabel->setText(tr("User name:"));
    m_passwordLabel->setText(tr("Password:"));
    m_languageLabel->setText(tr("Language:"));
    m_quitButton->setText(tr("Quit"));
    setBusy(m_busy);
}

} // namespace ow

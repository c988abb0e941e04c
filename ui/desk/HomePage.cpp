#include "ui/desk/HomePage.h"

#include "core/client/ClientSession.h"
#include "ui/common/LanguageManager.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace ow {

HomePage::HomePage(ClientSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_greeting(new QLabel(this)), m_details(new QLabel(this)), m_offline(new QLabel(this))
{
    setObjectName(QStringLiteral("homePage"));
    m_greeting->setObjectName(QStringLiteral("homeGreeting"));
    m_offline->setObjectName(QStringLiteral("offlineNotice"));
    QFont f = m_greeting->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_greeting->setFont(f);
    m_details->setTextFormat(Qt::RichText);
    m_offline->setWordWrap(true);
    m_offline->setStyleSheet(QStringLiteral("background:#fff4e5; color:#8a4b00; padding:10px; border:1px solid #f0c27b;"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_greeting);
    layout->addWidget(m_offline);
    layout->addWidget(m_details);
    layout->addStretch();
    refresh();
}

void HomePage::refresh()
{
    if (!m_session.isLoggedIn())
        return;
    const QString lang = LanguageManager::current();
    const Account &a = m_session.account();
    m_greeting->setText(tr("Hello, %1").arg(a.name.in(lang).isEmpty() ? a.username : a.name.in(lang)));
    QString html = QStringLiteral("<table cellspacing='8'>");
    auto row = [&html](const QString &k, const QString &v) {
        html += QStringLiteral("<tr><td style='color:#555'>%1</td><td>%2</td></tr>").arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    row(tr("Role"), roleDisplayName(a.role));
    row(tr("Staff number"), a.staffNo.isEmpty() ? tr("—") : a.staffNo);
    row(tr("Hall"), a.hallName.in(lang));
    row(tr("Server"), m_session.server().toString());
    if (const Catalogue *c = m_session.catalogue())
        row(tr("Catalogue"), tr("version %1, %n service(s)", nullptr, static_cast<int>(c->services().size())).arg(c->version()));
    row(tr("Last synchronised"), m_session.lastSync().isValid()
                                     ? QLocale().toString(m_session.lastSync().toLocalTime(), QLocale::ShortFormat)
                                     : tr("not yet in this session"));
    html += QStringLiteral("</table>");
    m_details->setText(html);
    m_offline->setVisible(m_session.state() == ConnectionState::Offline);
    m_offline->setText(tr("The server cannot be reached. You are working from the data saved on this computer; "
                          "the connection is retried automatically."));
}

void HomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace ow

#include "ui/desk/cases/IntakeDocuments.h"

#include "core/client/ClientSession.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/cases/CaseDocuments.h"

#include <QDateTime>
#include <QUrl>

namespace ow {

QString IntakeDocuments::hallName(const QString &code) const
{
    for (const Hall &h : m_session.halls()) {
        if (h.code == code)
            return h.name.in(LanguageManager::current());
    }
    return code;
}

QString IntakeDocuments::serviceName(const QString &code) const
{
    const Catalogue *catalogue = m_session.catalogue();
    const ServiceItem *s = catalogue ? catalogue->service(code) : nullptr;
    return s ? s->name.in(LanguageManager::current()) : code;
}

Result<QString> IntakeDocuments::notice(const IntakeRequest &r, const ServiceItem &service, const QList<Material> &missing,
                                        const QDate &day) const
{
    const QString lang = LanguageManager::current();
    CaseNotice n;
    n.hallName = hallName(r.hallCode);
    n.serviceName = service.name.in(lang);
    n.applicantName = r.applicantName;
    n.applicantId = r.applicantId;
    for (const Material &m : missing)
        n.missing << m.name.in(lang);
    n.day = day;
    n.window = r.window;
    return m_output.print(QStringLiteral("notice-%1-%2").arg(service.code, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))),
                          [&n](QPrinter &p) { CaseDocuments::renderNotice(p, n); });
}

Result<QString> IntakeDocuments::receipt(const CaseView &c) const
{
    const Catalogue *catalogue = m_session.catalogue();
    const ServiceItem *s = catalogue ? catalogue->service(c.serviceCode) : nullptr;
    CaseReceipt r;
    r.hallName = hallName(c.hallCode);
    r.number = c.number;
    r.serviceName = serviceName(c.serviceCode);
    r.applicantName = c.applicantName;
    r.applicantId = c.applicantId;
    if (s) {
        for (const Material &m : s->materials) {
            if (c.materials.value(m.code, MaterialStatus::Missing) == MaterialStatus::Received)
                r.received << m.name.in(LanguageManager::current());
        }
    }
    r.acceptedDay = c.acceptedDay;
    r.dueDate = c.dueDate;
    r.pickupHall = hallName(c.pickupHallCode);
    r.statusLink = m_session.server().resolved(QUrl(QStringLiteral("/c/") + r.number)).toString();
    return m_output.print(QStringLiteral("receipt-") + r.number, [&r](QPrinter &p) { CaseDocuments::renderReceipt(p, r); });
}

Result<QString> IntakeDocuments::refusal(const CaseView &c, int window) const
{
    CaseRefusal r;
    r.hallName = hallName(c.hallCode);
    r.number = c.number;
    r.serviceName = serviceName(c.serviceCode);
    r.applicantName = c.applicantName;
    r.applicantId = c.applicantId;
    r.reason = c.timeline.isEmpty() ? QString() : c.timeline.first().note;
    r.day = c.acceptedDay;
    r.window = window;
    return m_output.print(QStringLiteral("refusal-") + r.number, [&r](QPrinter &p) { CaseDocuments::renderRefusal(p, r); });
}

} // namespace ow

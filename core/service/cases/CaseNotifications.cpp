#include "core/service/cases/CaseNotifications.h"

#include "core/domain/util/Clock.h"
#include "core/domain/util/EnumText.h"
#include "core/domain/util/Masking.h"
#include "core/service/cases/SmsGateway.h"
#include "core/sql/Database.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimeZone>

Q_LOGGING_CATEGORY(lcNotify, "ow.cases.notify")

namespace ow {

namespace {
// The bureau's signature, which SMS platforms in China put first (【签名】).
const QString kSignature = QStringLiteral("【绵阳人社】");
} // namespace


CaseNotifications::CaseNotifications(Database &db, const Clock &clock, SmsGateway &sms)
    : m_db(db), m_clock(clock), m_sms(sms)
{}

// Not tr(): the citizen reads Chinese whatever language the server or the teller's desk uses.
QString CaseNotifications::resultReadyText(const QString &caseNumber, const QString &pickupHallName)
{
    return kSignature + QStringLiteral("您的办件 %1 已办结，请到%2领取。").arg(caseNumber, pickupHallName);
}

QString CaseNotifications::supplementText(const QString &caseNumber, const QString &whatToBring)
{
    return kSignature + QStringLiteral("您的办件 %1 需补正：%2。请带齐后到任一人社窗口办理。").arg(caseNumber, whatToBring.trimmed());
}

QString CaseNotifications::mailedText(const QString &caseNumber)
{
    // The address or tracking number stays out: it is personal data and the log would keep it.
    return kSignature + QStringLiteral("您的办件 %1 的结果已邮寄，请注意查收。").arg(caseNumber);
}

Status CaseNotifications::notify(qint64 caseId, NotificationKind kind, const QString &phone, const QString &text)
{
    const QString to = phone.trimmed();
    if (to.isEmpty())
        return okStatus();
    auto q = m_db.exec(QStringLiteral("INSERT INTO case_notifications (case_id, kind, phone, text, created_at) VALUES (?, ?, ?, ?, ?)"),
                       {caseId, toString(kind), to, text, m_clock.now().toMSecsSinceEpoch()});
    if (!q)
        return q.error();
    const qint64 id = q.value().lastInsertId().toLongLong();
    m_db.afterCommit([this, id, to, text] { send(id, to, text); });
    return okStatus();
}

bool CaseNotifications::send(qint64 id, const QString &phone, const QString &text) const
{
    if (auto sent = m_sms.send(phone, text); !sent) {
        qCWarning(lcNotify, "message %lld to %s not sent: %s", static_cast<long long>(id),
                  qUtf8Printable(mask(PersonalData::Phone, phone)), qUtf8Printable(sent.error().detail));
        return false;
    }
    if (auto marked = m_db.run(QStringLiteral("UPDATE case_notifications SET sent_at = ? WHERE id = ?"),
                               {m_clock.now().toMSecsSinceEpoch(), id});
        !marked)
        qCWarning(lcNotify, "message %lld sent but not marked: %s", static_cast<long long>(id), qUtf8Printable(marked.error().detail));
    return true;
}

Result<int> CaseNotifications::resendUnsent(int limit) const
{
    struct Unsent
    {
        qint64 id;
        QString phone;
        QString text;
    };
    QList<Unsent> unsent;
    auto q = m_db.exec(QStringLiteral("SELECT id, phone, text FROM case_notifications WHERE sent_at IS NULL AND created_at <= ? "
                                      "ORDER BY id LIMIT ?"),
                       {m_clock.now().addSecs(-60).toMSecsSinceEpoch(), limit});
    if (!q)
        return q.error();
    while (q.value().next())
        unsent.append({q.value().value(0).toLongLong(), q.value().value(1).toString(), q.value().value(2).toString()});
    int sent = 0;
    for (const Unsent &u : std::as_const(unsent))
        sent += send(u.id, u.phone, u.text) ? 1 : 0;
    return sent;
}

Result<QList<CaseNotification>> CaseNotifications::ofCase(qint64 caseId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT kind, phone, text, created_at, sent_at FROM case_notifications WHERE case_id = ? ORDER BY id"),
                       {caseId});
    if (!q)
        return q.error();
    QList<CaseNotification> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out.append({notificationKindFromString(r.value(0).toString()).value_or(NotificationKind::ResultReady), r.value(1).toString(),
                    r.value(2).toString(), QDateTime::fromMSecsSinceEpoch(r.value(3).toLongLong(), QTimeZone::utc()), !r.value(4).isNull()});
    }
    return out;
}

} // namespace ow

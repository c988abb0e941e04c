#include "core/domain/risk/RiskMessages.h"

#include "core/domain/util/Error.h"
#include "core/domain/util/LanguagePack.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <array>
#include <cmath>

namespace ow {

namespace {

struct Entry
{
    const char *id;
    const char *source;
};

// Summaries are named `<rule>.…`, evidence notes `evidence.…` and what they say of a ticket
// `ticket.…`; the terms are named by their kind and code (`case_action.approve`).
constexpr std::array kCatalogue{
    // Findings, one or more per rule.
    Entry{"duplicate_claim.summary",
          QT_TRANSLATE_NOOP("ow::RiskMessages", "%1 claimed again in %2 (earlier %3, %4 days before; period %5 days)")},
    Entry{"pension_under_age.summary_male",
          QT_TRANSLATE_NOOP("ow::RiskMessages", "%1 %2 for %3, aged %4 (male, retirement age %5)")},
    Entry{"pension_under_age.summary_female",
          QT_TRANSLATE_NOOP("ow::RiskMessages", "%1 %2 for %3, aged %4 (female, retirement age %5)")},
    Entry{"own_id_number.ticket_summary", QT_TRANSLATE_NOOP("ow::RiskMessages", "%1 handled ticket %2 of their own ID number")},
    Entry{"own_id_number.case_summary", QT_TRANSLATE_NOOP("ow::RiskMessages", "%1 handled case %2 of their own ID number")},
    Entry{"out_of_order_calls.summary",
          QT_TRANSLATE_NOOP("ow::RiskMessages", "%1 called %2 tickets out of order on %3 (threshold %4)")},
    Entry{"unissued_number.summary",
          QT_TRANSLATE_NOOP("ow::RiskMessages",
                            "%1 called %2 numbers they issued themselves, none from the kiosk, on %3 (threshold %4)")},
    Entry{"teller_outlier.no_shows.summary",
          QT_TRANSLATE_NOOP("ow::RiskMessages",
                            "%1: %2 no shows of %3 tickets called on %4; the hall's other tellers %5 of %6 (factor %7)")},
    Entry{"teller_outlier.transfers.summary",
          QT_TRANSLATE_NOOP("ow::RiskMessages",
                            "%1: %2 transfers of %3 tickets called on %4; the hall's other tellers %5 of %6 (factor %7)")},
    Entry{"teller_outlier.short_services.summary",
          QT_TRANSLATE_NOOP("ow::RiskMessages",
                            "%1: %2 short services of %3 tickets called on %4; the hall's other tellers %5 of %6 (factor %7)")},
    Entry{"after_hours.summary", QT_TRANSLATE_NOOP("ow::RiskMessages", "%1: %2 operations outside %3–%4 on %5 (grace %6 min)")},
    Entry{"after_hours.closed_day_summary", QT_TRANSLATE_NOOP("ow::RiskMessages", "%1: %2 operations on %3, a day the hall is closed")},
    Entry{"bulk_lookups.summary",
          QT_TRANSLATE_NOOP("ow::RiskMessages", "%1 looked up %2 people within an hour from %3 (threshold %4 per hour)")},
    Entry{"refusal_outlier.summary",
          QT_TRANSLATE_NOOP("ow::RiskMessages",
                            "%1 refused %2 of %3 applications on %4; the hall's other tellers %5 of %6 (factor %7)")},
    Entry{"reviewer_affinity.summary",
          QT_TRANSLATE_NOOP("ow::RiskMessages",
                            "%1 approved %2 of %3's cases in %4 days to %5 — %2 of the %6 approvals of them, by chance about %7")},
    Entry{"time_limit.summary", QT_TRANSLATE_NOOP("ow::RiskMessages", "%1 %2 (%3) is due %4")},
    Entry{"time_limit.overdue_summary", QT_TRANSLATE_NOOP("ow::RiskMessages", "%1 %2 (%3) was due %4, overdue")},
    // Evidence notes.
    Entry{"evidence.ticket", QT_TRANSLATE_NOOP("ow::RiskMessages", "%1 %2")},
    Entry{"evidence.ticket_at_window", QT_TRANSLATE_NOOP("ow::RiskMessages", "%1 %2 at window %3")},
    Entry{"evidence.case", QT_TRANSLATE_NOOP("ow::RiskMessages", "%1 %2 %3")},
    Entry{"evidence.lookup", QT_TRANSLATE_NOOP("ow::RiskMessages", "looked up %1")},
    Entry{"ticket.out_of_order", QT_TRANSLATE_NOOP("ow::RiskMessages", "called out of order")},
    Entry{"ticket.out_of_order_because", QT_TRANSLATE_NOOP("ow::RiskMessages", "called out of order: %1")},
    Entry{"ticket.issued_by_teller", QT_TRANSLATE_NOOP("ow::RiskMessages", "issued by the teller (channel: %1)")},
    Entry{"ticket.called_by_issuer", QT_TRANSLATE_NOOP("ow::RiskMessages", "called by the same teller")},
    Entry{"ticket.served_in", QT_TRANSLATE_NOOP("ow::RiskMessages", "served in %1 s")},
    // Terms: a ticket's events.
    Entry{"ticket_event.issued", QT_TRANSLATE_NOOP("ow::RiskMessages", "issued")},
    Entry{"ticket_event.called", QT_TRANSLATE_NOOP("ow::RiskMessages", "called")},
    Entry{"ticket_event.recalled", QT_TRANSLATE_NOOP("ow::RiskMessages", "called again")},
    Entry{"ticket_event.serving", QT_TRANSLATE_NOOP("ow::RiskMessages", "service started")},
    Entry{"ticket_event.parked", QT_TRANSLATE_NOOP("ow::RiskMessages", "stepped away")},
    Entry{"ticket_event.returned", QT_TRANSLATE_NOOP("ow::RiskMessages", "back in the line")},
    Entry{"ticket_event.transferred", QT_TRANSLATE_NOOP("ow::RiskMessages", "transferred")},
    Entry{"ticket_event.finished", QT_TRANSLATE_NOOP("ow::RiskMessages", "finished")},
    Entry{"ticket_event.no_show", QT_TRANSLATE_NOOP("ow::RiskMessages", "no-show")},
    Entry{"ticket_event.cancelled", QT_TRANSLATE_NOOP("ow::RiskMessages", "cancelled")},
    Entry{"ticket_event.rectification_opened", QT_TRANSLATE_NOOP("ow::RiskMessages", "rectification opened")},
    Entry{"ticket_event.rectification_followed_up", QT_TRANSLATE_NOOP("ow::RiskMessages", "rectification followed up")},
    Entry{"ticket_event.rectification_closed", QT_TRANSLATE_NOOP("ow::RiskMessages", "rectification closed")},
    // Terms: a case's actions.
    Entry{"case_action.accept", QT_TRANSLATE_NOOP("ow::RiskMessages", "accepted")},
    Entry{"case_action.refuse", QT_TRANSLATE_NOOP("ow::RiskMessages", "refused")},
    Entry{"case_action.complete_on_spot", QT_TRANSLATE_NOOP("ow::RiskMessages", "completed on the spot")},
    Entry{"case_action.submit_online", QT_TRANSLATE_NOOP("ow::RiskMessages", "submitted online")},
    Entry{"case_action.verify", QT_TRANSLATE_NOOP("ow::RiskMessages", "verified and accepted")},
    Entry{"case_action.assign", QT_TRANSLATE_NOOP("ow::RiskMessages", "assigned")},
    Entry{"case_action.approve", QT_TRANSLATE_NOOP("ow::RiskMessages", "approved")},
    Entry{"case_action.reject", QT_TRANSLATE_NOOP("ow::RiskMessages", "rejected")},
    Entry{"case_action.return_for_supplement", QT_TRANSLATE_NOOP("ow::RiskMessages", "returned for more documents")},
    Entry{"case_action.receive_supplement", QT_TRANSLATE_NOOP("ow::RiskMessages", "more documents received")},
    Entry{"case_action.escalate", QT_TRANSLATE_NOOP("ow::RiskMessages", "escalated")},
    Entry{"case_action.hand_out", QT_TRANSLATE_NOOP("ow::RiskMessages", "handed out")},
    // Terms: where a ticket was issued.
    Entry{"channel.kiosk", QT_TRANSLATE_NOOP("ow::RiskMessages", "kiosk")},
    Entry{"channel.window", QT_TRANSLATE_NOOP("ow::RiskMessages", "window")},
    Entry{"channel.appointment", QT_TRANSLATE_NOOP("ow::RiskMessages", "appointment")},
    Entry{"channel.hotline", QT_TRANSLATE_NOOP("ow::RiskMessages", "hotline")},
    Entry{"channel.online", QT_TRANSLATE_NOOP("ow::RiskMessages", "online")},
    // Terms: where an open case stands.
    Entry{"case_state.accepted", QT_TRANSLATE_NOOP("ow::RiskMessages", "accepted")},
    Entry{"case_state.in_review", QT_TRANSLATE_NOOP("ow::RiskMessages", "in review")},
    Entry{"case_state.first_approved", QT_TRANSLATE_NOOP("ow::RiskMessages", "first approval given")},
    Entry{"case_state.supplement", QT_TRANSLATE_NOOP("ow::RiskMessages", "waiting for more documents")},
    Entry{"case_state.escalated", QT_TRANSLATE_NOOP("ow::RiskMessages", "escalated")},
};

// A term's term is a word; deeper nesting is refused (nothing in the catalogue needs it, and a
// stored row must not make the reader recurse without end).
constexpr int kMaxDepth = 2;

QString argText(const QJsonValue &v, const RiskMessages::Translate &translate, int depth);

QString renderAt(const RiskMessage &m, const RiskMessages::Translate &translate, int depth)
{
    const char *source = RiskMessages::source(m.id);
    if (!source || depth > kMaxDepth)
        return {};
    ErrorText text{source, {}};
    for (const QJsonValue &a : m.args)
        text.args << argText(a, translate, depth + 1);
    return text.filled(translate(source));
}

QString argText(const QJsonValue &v, const RiskMessages::Translate &translate, int depth)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::abs(d) < 9.0e15 && d == std::floor(d))
            return QString::number(static_cast<qint64>(d));
        return QString::number(d);
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        return renderAt({o.value(QLatin1String("id")).toString(), o.value(QLatin1String("args")).toArray()}, translate, depth);
    }
    return {};
}

} // namespace

const char *RiskMessages::source(QStringView id)
{
    for (const Entry &e : kCatalogue) {
        if (id == QLatin1String(e.id))
            return e.source;
    }
    return nullptr;
}

QStringList RiskMessages::ids()
{
    QStringList out;
    for (const Entry &e : kCatalogue)
        out << QString::fromLatin1(e.id);
    return out;
}

int RiskMessages::placeholders(const QString &text)
{
    QSet<int> seen;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const int n = text.at(i + 1).digitValue();
        if (text.at(i) == QLatin1Char('%') && n >= 1)
            seen.insert(n);
    }
    return static_cast<int>(seen.size());
}

QJsonValue RiskMessages::term(const char *kind, const QString &code)
{
    const QString id = QString::fromLatin1(kind) + QLatin1Char('.') + code;
    if (!source(id))
        return code;
    return QJsonObject{{QLatin1String("id"), id}};
}

QString RiskMessages::render(const RiskMessage &message, const Translate &translate)
{
    return renderAt(message, translate, 0);
}

QString RiskMessages::english(const RiskMessage &message)
{
    return render(message, [](const char *source) { return QString::fromUtf8(source); });
}

QString RiskMessages::render(const RiskMessage &message, const LanguagePack &pack, const QString &language)
{
    return render(message, [&](const char *source) { return pack.translate(language, kContext, source); });
}

void RiskMessages::localize(RiskAlert &alert, const LanguagePack &pack, const QString &language)
{
    if (const QString s = render(alert.summaryMessage, pack, language); !s.isEmpty())
        alert.summary = s;
    for (RiskEvidence &e : alert.evidence) {
        if (const QString n = render(e.noteMessage, pack, language); !n.isEmpty())
            e.note = n;
    }
}

} // namespace ow

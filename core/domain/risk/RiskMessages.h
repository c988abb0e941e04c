#pragma once

#include "core/domain/risk/RiskTypes.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>

namespace ow {

class LanguagePack;

// The one catalogue of what a risk alert says: each finding (an alert's `summary`) and each
// evidence note is stored as a stable message id with its arguments (RiskMessage), never as text,
// and made text when it is read — by the server, in the language of the request. Every id has a
// source text of the "ow::RiskMessages" context (QT_TRANSLATE_NOOP), translated in both .ts files.
//
// An argument is a string or a number already formatted where it must be (a day, a time in the
// hall's zone, a masked ID number, a case number, a matter's code), or — for a word that must be
// translated too (a ticket event, a case action, a channel, a case state) — a term: a nested
// {"id": …} of this catalogue (`term()`), made text in the same language.
class RiskMessages
{
public:
    static constexpr const char *kContext = "ow::RiskMessages";

    // The source text of an id; null for an id this catalogue does not know.
    static const char *source(QStringView id);
    static QStringList ids();
    // How many distinct %1…%9 a text has.
    static int placeholders(const QString &text);

    // A word of the catalogue for a code (`kind` ticket_event, case_action, channel, case_state):
    // the nested message naming it, or the code itself when the catalogue has no word for it.
    static QJsonValue term(const char *kind, const QString &code);

    using Translate = std::function<QString(const char *source)>;
    // The message made text with `translate` (the source text as it is, for English); "" for an
    // id the catalogue does not know (the caller keeps what it stored).
    static QString render(const RiskMessage &message, const Translate &translate);
    static QString english(const RiskMessage &message);
    static QString render(const RiskMessage &message, const LanguagePack &pack, const QString &language);

    // The alert's summary and evidence notes in `language`, from their ids. An alert stored
    // before the ids were kept (no id) keeps its text as it is.
    static void localize(RiskAlert &alert, const LanguagePack &pack, const QString &language);
};

} // namespace ow

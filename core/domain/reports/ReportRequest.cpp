#include "core/domain/reports/ReportRequest.h"

#include "core/domain/util/EnumText.h"

#include <QJsonObject>

namespace ow {

namespace {
constexpr EnumText<ReportKind, 2> kKinds{{{{ReportKind::Queue, "queue"}, {ReportKind::Cases, "cases"}}}};
constexpr EnumText<ReportGroup, 9> kGroups{{{{ReportGroup::Hall, "hall"},
                                             {ReportGroup::Window, "window"},
                                             {ReportGroup::Teller, "teller"},
                                             {ReportGroup::Matter, "matter"},
                                             {ReportGroup::Category, "category"},
                                             {ReportGroup::Day, "day"},
                                             {ReportGroup::Hour, "hour"},
                                             {ReportGroup::Office, "office"},
                                             {ReportGroup::Reviewer, "reviewer"}}}};
constexpr EnumText<ReportFormat, 2> kFormats{{{{ReportFormat::Json, "json"}, {ReportFormat::Csv, "csv"}}}};

// The refusal of a report's parameters: every bad one under `fields`, the first problem as the
// message.
class Problems
{
public:
    void add(const QString &field, const QString &why, ErrorText text)
    {
        m_fields.insert(field, why);
        if (!m_text.source)
            m_text = std::move(text);
    }
    bool any() const { return !m_fields.isEmpty(); }
    Error error() const
    {
        Error e = invalidFieldsError(m_fields);
        e.text = m_text;
        return e;
    }

private:
    QJsonObject m_fields;
    ErrorText m_text;
};

QDate dayFrom(const QString &text)
{
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}
} // namespace

QString toString(ReportKind v) { return kKinds.toString(v); }
QString toString(ReportGroup v) { return kGroups.toString(v); }
QString toString(ReportFormat v) { return kFormats.toString(v); }
std::optional<ReportKind> reportKindFromString(QStringView s) { return kKinds.fromString(s); }
std::optional<ReportGroup> reportGroupFromString(QStringView s) { return kGroups.fromString(s); }
std::optional<ReportFormat> reportFormatFromString(QStringView s) { return kFormats.fromString(s); }

QList<ReportGroup> ReportRequest::groupsOf(ReportKind kind)
{
    using G = ReportGroup;
    if (kind == ReportKind::Queue)
        return {G::Hall, G::Window, G::Teller, G::Matter, G::Category, G::Day, G::Hour};
    return {G::Hall, G::Office, G::Reviewer, G::Matter, G::Day};
}

Result<ReportRequest> ReportRequest::parse(ReportKind kind, const QString &from, const QString &to, const QString &hall,
                                           const QString &group, const QString &format, bool acceptsCsv)
{
    ReportRequest r;
    r.kind = kind;
    r.hallCode = hall.trimmed();
    Problems problems;
    const ErrorText badDay{QT_TRANSLATE_NOOP("ow::Errors", "Give the report's first and last day as yyyy-MM-dd."), {}};
    r.from = dayFrom(from);
    r.to = dayFrom(to);
    if (!r.from.isValid())
        problems.add(QStringLiteral("from"), QStringLiteral("a day as yyyy-MM-dd"), badDay);
    if (!r.to.isValid())
        problems.add(QStringLiteral("to"), QStringLiteral("a day as yyyy-MM-dd"), badDay);
    if (r.from.isValid() && r.to.isValid()) {
        if (r.to < r.from) {
            problems.add(QStringLiteral("to"), QStringLiteral("not before from"),
                         {QT_TRANSLATE_NOOP("ow::Errors", "The report's last day %1 is before its first day %2."),
                          {r.to.toString(Qt::ISODate), r.from.toString(Qt::ISODate)}});
        } else if (r.days() > kMaxDays) {
            problems.add(QStringLiteral("to"), QStringLiteral("at most %1 days after from").arg(kMaxDays - 1),
                         {QT_TRANSLATE_NOOP("ow::Errors", "A report covers at most %1 days; %2 to %3 is %4 days."),
                          {QString::number(kMaxDays), r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate),
                           QString::number(r.days())}});
        }
    }
    if (!group.isEmpty()) {
        QStringList names;
        for (ReportGroup g : groupsOf(kind))
            names << toString(g);
        const auto g = reportGroupFromString(group);
        if (!g || !groupsOf(kind).contains(*g)) {
            problems.add(QStringLiteral("group"), QStringLiteral("one of %1").arg(names.join(QStringLiteral(", "))),
                         {QT_TRANSLATE_NOOP("ow::Errors", "This report cannot be grouped by “%1”; group it by one of: %2."),
                          {group, names.join(QStringLiteral(", "))}});
        } else {
            r.group = *g;
        }
    }
    if (!format.isEmpty()) {
        const auto f = reportFormatFromString(format);
        if (!f)
            problems.add(QStringLiteral("format"), QStringLiteral("json or csv"),
                         {QT_TRANSLATE_NOOP("ow::Errors", "A report is given as json or csv, not “%1”."), {format}});
        else
            r.format = *f;
    } else if (acceptsCsv) {
        r.format = ReportFormat::Csv;
    }
    if (problems.any())
        return problems.error();
    return r;
}

Status ReportRequest::setWindow(const QString &text)
{
    if (text.trimmed().isEmpty())
        return okStatus();
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    if (ok && n > 0 && kind == ReportKind::Queue) {
        window = n;
        return okStatus();
    }
    Problems problems;
    if (kind != ReportKind::Queue)
        problems.add(QStringLiteral("window"), QStringLiteral("the queue report's only"),
                     {QT_TRANSLATE_NOOP("ow::Errors", "Only the queue report can be narrowed to one window."), {}});
    else
        problems.add(QStringLiteral("window"), QStringLiteral("a window number from 1"),
                     {QT_TRANSLATE_NOOP("ow::Errors", "“%1” is not a window number."), {text}});
    return problems.error();
}

} // namespace ow

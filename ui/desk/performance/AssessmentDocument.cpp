#include "ui/desk/performance/AssessmentDocument.h"

#include "ui/common/LanguageManager.h"
#include "ui/desk/cases/DocumentOutput.h"
#include "ui/desk/performance/PerformanceText.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QLocale>
#include <QPrinter>
#include <QTextBlock>
#include <QTextDocument>

#include <cmath>

namespace ow {

namespace {

using Cells = QStringList;

const QString kTable = QStringLiteral("<table width='100%' border='1' cellspacing='0' cellpadding='5' "
                                      "style='border-collapse:collapse; border-color:#9aa5b1; margin-bottom:6px;'>");
const QString kHead = QStringLiteral("background-color:#e8eef5; font-weight:bold;");

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString cell(const QString &text, bool number = false, const QString &style = {}, const QString &width = {})
{
    QString attributes = QStringLiteral(" valign='middle'"); // Latin and CJK lines differ in height
    if (number)
        attributes += QStringLiteral(" align='right'");
    if (!width.isEmpty())
        attributes += QStringLiteral(" width='%1'").arg(width);
    return QStringLiteral("<td%1 style='%2'>%3</td>").arg(attributes, style, esc(text));
}

// A table with a header row (repeated on every page it runs over) and its rows; the columns after
// the first `textColumns` are numbers, right-aligned.
QString table(const Cells &header, const QList<Cells> &rows, int textColumns = 1)
{
    QString out = kTable + QStringLiteral("<thead><tr>");
    for (qsizetype i = 0; i < header.size(); ++i)
        out += QStringLiteral("<th align='%1' style='%2 font-size:9pt;'>%3</th>").arg(i < textColumns ? QStringLiteral("left") : QStringLiteral("right"), kHead, esc(header.at(i)));
    out += QStringLiteral("</tr></thead>");
    for (const Cells &row : rows) {
        out += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < row.size(); ++i)
            out += cell(row.at(i), i >= textColumns);
        out += QStringLiteral("</tr>");
    }
    return out + QStringLiteral("</table>");
}

// Label and value pairs, two pairs a line.
QString grid(const QList<QPair<QString, QString>> &pairs)
{
    QString out = kTable;
    for (qsizetype i = 0; i < pairs.size(); i += 2) {
        out += QStringLiteral("<tr>");
        for (qsizetype j = i; j < i + 2; ++j) {
            const auto p = pairs.value(j);
            out += cell(p.first, false, QStringLiteral("background-color:#f3f6f9;"), QStringLiteral("25%"))
                   + cell(p.second, false, {}, QStringLiteral("25%"));
        }
        out += QStringLiteral("</tr>");
    }
    return out + QStringLiteral("</table>");
}

QString count(int n)
{
    return PerformanceText::count(n);
}

QString average(double v)
{
    return QLocale().toString(v, 'f', 1);
}

QString day(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : PerformanceText::dash();
}

QString moment(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : PerformanceText::dash();
}

QString orDash(const QString &s)
{
    return s.trimmed().isEmpty() ? PerformanceText::dash() : s;
}

} // namespace

QString AssessmentDocument::rankingRule()
{
    return tr("Ranked by tickets served in the month, most first; equal counts share a place and are listed by satisfaction. "
              "Satisfaction is the share of ratings that are very satisfied or satisfied.");
}

QString AssessmentDocument::title(const AssessmentReport &r)
{
    const QString month = QLocale().toString(r.from, tr("MMMM yyyy"));
    QString who = PerformanceText::name(r.hallName);
    if (who.isEmpty())
        who = r.hall;
    if (r.teller)
        who = tr("%1 · %2").arg(who, PerformanceText::teller(r.teller->row.key, r.teller->row.name));
    return tr("%1 monthly assessment report — %2").arg(month, who);
}

QString AssessmentDocument::fileName(const AssessmentReport &r)
{
    QString name = QStringLiteral("assessment-%1-%2").arg(r.hall, r.from.toString(QStringLiteral("yyyy-MM")));
    if (r.teller)
        name += QLatin1Char('-') + r.teller->row.key;
    return name;
}

namespace {

// The section headings, numbered 一、二、… in Chinese and 1. 2. … in English.
class Sections
{
public:
    explicit Sections(const QSet<int> &breaks) : m_breaks(breaks) {}

    QString next(const QString &title)
    {
        ++m_n;
        const QStringList numerals = AssessmentDocument::tr("1,2,3,4,5,6,7,8").split(QLatin1Char(','));
        return QStringLiteral("<h2 style='font-size:13pt; color:#1f4e79; margin-top:14px;%1'>%2</h2>")
            .arg(m_breaks.contains(m_n) ? QStringLiteral(" page-break-before:always;") : QString(),
                 esc(AssessmentDocument::tr("%1. %2").arg(numerals.value(m_n - 1, QString::number(m_n)), title)));
    }

private:
    const QSet<int> &m_breaks;
    int m_n = 0;
};

QString levelRows(const QueueFigures &f)
{
    const QList<QPair<RatingLevel, int>> levels{{RatingLevel::VerySatisfied, f.verySatisfied},
                                                {RatingLevel::Satisfied, f.satisfied},
                                                {RatingLevel::BasicallySatisfied, f.basicallySatisfied},
                                                {RatingLevel::Dissatisfied, f.dissatisfied},
                                                {RatingLevel::VeryDissatisfied, f.veryDissatisfied}};
    QList<Cells> rows;
    for (const auto &[level, n] : levels)
        rows << Cells{PerformanceText::level(level), count(n),
                      PerformanceText::percent(f.ratings > 0 ? std::optional<double>(double(n) / f.ratings) : std::nullopt)};
    rows << Cells{AssessmentDocument::tr("All ratings"), count(f.ratings), PerformanceText::percent(f.ratings > 0 ? std::optional<double>(1.0) : std::nullopt)};
    return table({AssessmentDocument::tr("Rating"), AssessmentDocument::tr("Ratings"), AssessmentDocument::tr("Share")}, rows) +
           QStringLiteral("<p>%1</p>").arg(esc(AssessmentDocument::tr("Satisfaction: %1.").arg(PerformanceText::percent(f.satisfaction))));
}

QString rankedTable(const QString &whoColumn, const QList<AssessmentRow> &rows, bool windows)
{
    QList<Cells> out;
    for (const AssessmentRow &r : rows) {
        const QueueFigures &f = r.figures;
        out << Cells{r.rank > 0 ? count(r.rank) : PerformanceText::dash(),
                     windows ? PerformanceText::window(r.key, r.name) : PerformanceText::teller(r.key, r.name),
                     count(f.served), PerformanceText::duration(f.waitMean), PerformanceText::percent(f.withinPromiseShare),
                     PerformanceText::duration(f.handlingMean), PerformanceText::percent(f.satisfaction), count(f.badReviews)};
    }
    if (out.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(esc(AssessmentDocument::tr("Nobody served at a window this month.")));
    return table({AssessmentDocument::tr("Place"), whoColumn, AssessmentDocument::tr("Served"), AssessmentDocument::tr("Mean wait"),
                  AssessmentDocument::tr("Called within the promise"), AssessmentDocument::tr("Mean handling"),
                  AssessmentDocument::tr("Satisfaction"), AssessmentDocument::tr("Bad reviews")},
                 out, 2);
}

QString overview(const AssessmentReport &r)
{
    const QueueFigures &f = r.queue;
    return grid({{AssessmentDocument::tr("Tickets issued"), count(f.issued)},
                 {AssessmentDocument::tr("Served"), count(f.served)},
                 {AssessmentDocument::tr("No-shows"), count(f.noShow)},
                 {AssessmentDocument::tr("Transferred"), count(f.transferred)},
                 {AssessmentDocument::tr("Mean wait"), PerformanceText::duration(f.waitMean)},
                 {AssessmentDocument::tr("Called within the promise"), PerformanceText::percent(f.withinPromiseShare)},
                 {AssessmentDocument::tr("Mean handling"), PerformanceText::duration(f.handlingMean)},
                 {AssessmentDocument::tr("Handled within the standard time"), PerformanceText::percent(f.withinStandardShare)},
                 {AssessmentDocument::tr("Ratings"), count(f.ratings)},
                 {AssessmentDocument::tr("Satisfaction"), PerformanceText::percent(f.satisfaction)},
                 {AssessmentDocument::tr("Bad reviews"), count(f.badReviews)},
                 {AssessmentDocument::tr("Rectifications"), AssessmentDocument::tr("%1 closed, %2 open, %3 overdue")
                                                .arg(f.rectificationsClosed)
                                                .arg(f.rectificationsOpen)
                                                .arg(f.rectificationsOverdue)}});
}

QString casesPart(const AssessmentReport &r)
{
    const CaseFigures &c = r.cases;
    QString out = grid({{AssessmentDocument::tr("Accepted"), count(c.accepted)},
                        {AssessmentDocument::tr("Completed on the spot"), count(c.onTheSpot)},
                        {AssessmentDocument::tr("Refused at the window"), count(c.refused)},
                        {AssessmentDocument::tr("Approved"), count(c.approved)},
                        {AssessmentDocument::tr("Rejected"), count(c.rejected)},
                        {AssessmentDocument::tr("Pending"), count(c.pending)},
                        {AssessmentDocument::tr("Overdue"), count(c.overdue)},
                        {AssessmentDocument::tr("Decided within the time limit"), PerformanceText::percent(c.inTimeShare)}});
    QList<Cells> rows;
    for (const CaseReportRow &row : r.reviewers) {
        const CaseFigures &f = row.figures;
        rows << Cells{row.key.isEmpty() ? AssessmentDocument::tr("Not assigned") : PerformanceText::teller(row.key, row.name), count(f.decided),
                      count(f.approved), count(f.rejected), count(f.pending), count(f.overdue), PerformanceText::percent(f.inTimeShare)};
    }
    if (!rows.isEmpty()) {
        out += QStringLiteral("<p>%1</p>").arg(esc(AssessmentDocument::tr("By reviewer (the hall's own back office):")));
        out += table({AssessmentDocument::tr("Reviewer"), AssessmentDocument::tr("Decided"), AssessmentDocument::tr("Approved"), AssessmentDocument::tr("Rejected"), AssessmentDocument::tr("Pending"), AssessmentDocument::tr("Overdue"),
                      AssessmentDocument::tr("Decided within the time limit")},
                     rows);
    }
    return out;
}

QString stateOf(const RectificationDetail &d)
{
    if (d.closure)
        return d.closure->late ? AssessmentDocument::tr("Rectified, after the due day") : AssessmentDocument::tr("Rectified in time");
    return d.rectification.state == RectificationState::Overdue ? AssessmentDocument::tr("Overdue, not rectified") : AssessmentDocument::tr("Being rectified");
}

QString badReview(int n, const RectificationDetail &d)
{
    const RectificationItem &x = d.rectification;
    const QString matter = orDash(PerformanceText::name(d.serviceName).isEmpty() ? x.service : PerformanceText::name(d.serviceName));
    const QString head = AssessmentDocument::tr("%1. Ticket %2, %3, %4, %5, %6: %7")
                             .arg(n)
                             .arg(x.ticket, d.ticketServiceDay, PerformanceText::window(QString::number(x.window), {}),
                                  orDash(x.tellerName), matter, PerformanceText::level(x.level));
    QStringList contacts;
    for (const RectificationFollowUp &f : d.followUps) {
        QString line = AssessmentDocument::tr("%1 by %2 (%3): %4").arg(moment(f.contactedAt), contactChannelText(f.channel), orDash(f.recordedByName),
                                                        citizenAnswerText(f.answer));
        if (!f.note.trimmed().isEmpty())
            line += AssessmentDocument::tr(" — %1").arg(f.note.trimmed());
        contacts << esc(line);
    }
    QString cause, action, answer;
    if (d.closure) {
        cause = d.closure->cause;
        action = d.closure->action;
        answer = citizenAnswerText(d.closure->answer);
    } else if (!d.followUps.isEmpty()) {
        cause = d.followUps.last().cause;
        action = d.followUps.last().action;
        answer = citizenAnswerText(d.followUps.last().answer);
    }
    const auto line = [](const QString &label, const QString &valueHtml) {
        return QStringLiteral("<tr><td width='22%' valign='middle' style='background-color:#f3f6f9;'>%1</td><td width='78%' valign='middle'>%2</td></tr>").arg(esc(label), valueHtml);
    };
    QString out = kTable + QStringLiteral("<tr><td colspan='2' style='%1'>%2</td></tr>").arg(kHead, esc(head));
    out += line(AssessmentDocument::tr("Status"), esc(stateOf(d)));
    out += line(AssessmentDocument::tr("Due day"), esc(day(x.dueDay)));
    out += line(AssessmentDocument::tr("Contacts with the citizen"),
                contacts.isEmpty() ? esc(AssessmentDocument::tr("No contact yet")) : contacts.join(QStringLiteral("<br>")));
    out += line(AssessmentDocument::tr("Cause"), esc(orDash(cause)));
    out += line(AssessmentDocument::tr("Action taken"), esc(orDash(action)));
    out += line(AssessmentDocument::tr("Citizen's answer"), esc(orDash(answer)));
    if (d.closure)
        out += line(AssessmentDocument::tr("Closed"), esc(AssessmentDocument::tr("%1 by %2").arg(moment(d.closure->closedAt), orDash(d.closure->closedByName))));
    return out + QStringLiteral("</table>");
}

QString badReviews(const AssessmentReport &r)
{
    if (r.badReviews.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(esc(AssessmentDocument::tr("No bad reviews this month.")));
    QString out;
    if (!r.badReviewsComplete)
        out += QStringLiteral("<p><b>%1</b></p>").arg(esc(AssessmentDocument::tr("More bad reviews than one report lists; the latest are shown.")));
    for (qsizetype i = 0; i < r.badReviews.size(); ++i)
        out += badReview(int(i + 1), r.badReviews.at(i));
    return out;
}

QString tellerPart(const AssessmentTellerPart &t)
{
    const QueueFigures &me = t.row.figures;
    const QueueFigures &hall = t.hall;
    QString out = QStringLiteral("<p style='font-size:12pt;'><b>%1</b></p>")
                      .arg(esc(t.row.rank > 0 ? AssessmentDocument::tr("Place %1 of %2 tellers (by tickets served).").arg(t.row.rank).arg(t.rankedTellers)
                                              : AssessmentDocument::tr("Not ranked: no ticket ended at this teller.")));
    out += table({AssessmentDocument::tr("Figure"), AssessmentDocument::tr("This teller"), AssessmentDocument::tr("Hall average")},
                 {{AssessmentDocument::tr("Served"), count(me.served), average(t.servedPerTeller)},
                  {AssessmentDocument::tr("Mean wait"), PerformanceText::duration(me.waitMean), PerformanceText::duration(hall.waitMean)},
                  {AssessmentDocument::tr("Called within the promise"), PerformanceText::percent(me.withinPromiseShare), PerformanceText::percent(hall.withinPromiseShare)},
                  {AssessmentDocument::tr("Mean handling"), PerformanceText::duration(me.handlingMean), PerformanceText::duration(hall.handlingMean)},
                  {AssessmentDocument::tr("Handled within the standard time"), PerformanceText::percent(me.withinStandardShare),
                   PerformanceText::percent(hall.withinStandardShare)},
                  {AssessmentDocument::tr("Ratings"), count(me.ratings), average(t.ratingsPerTeller)},
                  {AssessmentDocument::tr("Satisfaction"), PerformanceText::percent(me.satisfaction), PerformanceText::percent(hall.satisfaction)},
                  {AssessmentDocument::tr("Bad reviews"), count(me.badReviews), average(t.badReviewsPerTeller)}});
    out += QStringLiteral("<p style='color:#555;'>%1</p>")
               .arg(esc(AssessmentDocument::tr("Hall average: counts per teller of the hall; waits, handling and shares of the whole hall.")));
    return out;
}

} // namespace

QString AssessmentDocument::html(const AssessmentReport &report)
{
    return html(report, {});
}

QString AssessmentDocument::html(const AssessmentReport &r, const QSet<int> &pageBreaks)
{
    Sections s(pageBreaks);
    QString body;
    if (r.teller) {
        body += s.next(tr("Figures and place")) + tellerPart(*r.teller);
        body += s.next(tr("Ratings by level")) + levelRows(r.teller->row.figures);
        body += s.next(tr("Bad reviews and their rectification")) + badReviews(r);
    } else {
        body += s.next(tr("Queue and service")) + overview(r);
        body += s.next(tr("Ratings by level")) + levelRows(r.queue);
        body += s.next(tr("Windows ranked")) + QStringLiteral("<p style='color:#555;'>%1</p>").arg(esc(rankingRule()))
                + rankedTable(tr("Window"), r.windows, true);
        body += s.next(tr("Tellers ranked")) + rankedTable(tr("Teller"), r.tellers, false);
        body += s.next(tr("Cases")) + casesPart(r);
        body += s.next(tr("Bad reviews and their rectification")) + badReviews(r);
    }
    const QString meta = tr("Period: %1 to %2 · Generated: %3").arg(day(r.from), day(r.to), moment(r.generatedAt));
    return QStringLiteral("<html><body style='font-size:10pt;'>"
                          "<h1 align='center' style='font-size:17pt;'>%1</h1>"
                          "<p align='center' style='color:#444;'>%2</p>"
                          "<hr>%3</body></html>")
        .arg(esc(title(r)), esc(meta), body);
}

void AssessmentDocument::render(QPrinter &printer, const AssessmentReport &report)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
    printer.setDocName(title(report));
    QPainter painter;
    if (!painter.begin(&printer))
        return;
    // Laid out on the printer itself (lengths in pixels scale to it) and paginated here rather
    // than by QTextDocument::print, which adds 2 cm margins of its own and only a bare page number.
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&printer);
    // The default face, with the system's CJK fallback: naming a CJK face here makes Qt's PDF
    // writer lose the text of the digits it shapes in Latin runs (pdftotext reads "E" for "E001").
    QFont font = doc.defaultFont();
    font.setPointSizeF(10);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    QFont small = font;
    small.setPointSizeF(8);
    const qreal footer = QFontMetricsF(small, &printer).height() * 2.5;
    const QSizeF page(printer.width(), printer.height() - footer);
    // A section's heading near the foot of a page goes to the next one, with its table: laid out
    // again with a page break before the first such heading until there is none.
    QSet<int> breaks;
    for (bool moved = true; moved;) {
        doc.setHtml(html(report, breaks));
        doc.setPageSize(page);
        moved = false;
        int section = 0;
        for (QTextBlock block = doc.begin(); block.isValid() && !moved; block = block.next()) {
            if (block.blockFormat().headingLevel() != 2)
                continue;
            ++section;
            const qreal top = doc.documentLayout()->blockBoundingRect(block).top();
            if (top - std::floor(top / page.height()) * page.height() > page.height() * 0.85 && !breaks.contains(section)) {
                breaks.insert(section);
                moved = true;
            }
        }
    }
    const int pages = doc.pageCount();
    const QString name = title(report);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            printer.newPage();
        painter.save();
        painter.translate(0, -i * page.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * page.height(), page.width(), page.height());
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(small);
        painter.setPen(QColor(0x60, 0x60, 0x60));
        const QRectF foot(0, page.height(), page.width(), footer);
        painter.drawLine(foot.topLeft() + QPointF(0, footer * 0.25), foot.topRight() + QPointF(0, footer * 0.25));
        painter.drawText(foot, Qt::AlignLeft | Qt::AlignBottom, name);
        painter.drawText(foot, Qt::AlignRight | Qt::AlignBottom, tr("Page %1 of %2").arg(i + 1).arg(pages));
    }
    painter.end();
}

Status AssessmentDocument::writePdf(const AssessmentReport &report, const QString &path)
{
    return DocumentOutput::writePdf(path, [&report](QPrinter &p) { render(p, report); });
}

} // namespace ow

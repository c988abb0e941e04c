#pragma once

#include "core/domain/reports/AssessmentReport.h"

#include <QCoreApplication>
#include <QSet>

class QPrinter;

namespace ow {

// The monthly assessment report (月度考核报告) as A4 pages: the title with the month and the
// hall (and the teller), the period and when it was made, then numbered sections with tables —
// for a hall the overview, the ratings, the windows and tellers ranked, the cases and every bad
// review with how it was rectified; for a teller their figures beside the hall's, their place,
// their ratings and bad reviews. In the language the program runs in (tr(), LanguageManager).
class AssessmentDocument
{
    Q_DECLARE_TR_FUNCTIONS(ow::AssessmentDocument)
public:
    // "2026年11月 月度考核报告 — 市民中心" (a teller's: "… — 市民中心 · 王丽").
    static QString title(const AssessmentReport &report);
    // A file name for it: assessment-HALL-yyyy-MM[-teller].
    static QString fileName(const AssessmentReport &report);
    static QString html(const AssessmentReport &report);
    // With a page break before the sections numbered in `pageBreaks` (from 1).
    static QString html(const AssessmentReport &report, const QSet<int> &pageBreaks);
    static void render(QPrinter &printer, const AssessmentReport &report);
    static Status writePdf(const AssessmentReport &report, const QString &path);
    // How windows and tellers are ranked, as the report says it.
    static QString rankingRule();
};

} // namespace ow

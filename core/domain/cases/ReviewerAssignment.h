#pragma once

#include "core/domain/catalogue/ServiceItem.h"
#include "core/domain/org/Org.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace ow {

// A reviewer as assignment sees them: where they sit, what they handle, what they already hold.
struct ReviewerLoad
{
    qint64 id = 0;
    QString hallCode;        // their back office
    QStringList categories;  // skills; empty: every category
    int openCases = 0;       // assigned and not yet decided
    int urgentCases = 0;     // of those, due within the warning time
    QStringList matters;     // the matters they may decide; empty: every matter of their categories
};

struct CaseToAssign
{
    QString category;
    QString officeHallCode;  // the competent office (see competentOffice)
    bool urgent = false;     // due within the warning time
    QList<qint64> excluded;  // who may not take it (the receiver; the first approver of two)
    QString serviceCode;     // the matter: a reviewer limited to some matters takes only those
};

// 智能派单 for cases, not round-robin: among the reviewers of the competent office who handle the
// case's category (and are not excluded), the one with the fewest open cases — for an urgent case
// the fewest urgent ones first — ties broken by id, so the choice is repeatable.
class ReviewerAssignment
{
public:
    static std::optional<qint64> choose(const CaseToAssign &c, const QList<ReviewerLoad> &reviewers);
    // Where a case accepted at `accepting` is decided: the hall itself or its nearest ancestor at
    // the service's competent level (全城通办: a township window accepts a city-level matter, the
    // city's back office decides it); the accepting hall when no ancestor is at that level.
    static QString competentOffice(const QString &accepting, OrgLevel competentLevel, const QList<Hall> &halls);
};

} // namespace ow

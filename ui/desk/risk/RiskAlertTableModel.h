#pragma once

#include "core/domain/org/Org.h"
#include "core/domain/risk/RiskTypes.h"

#include <QAbstractTableModel>

namespace ow {

// The risk alerts (风险预警) a supervisor oversees, one row each: level (high ones in red),
// status, the rule's name in the language of the screen, hall, subject, what the rule found,
// when it was raised (on the hall's clock) and how much evidence there is. Open ones are bold, disposed ones grey.
class RiskAlertTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Level, Status, Rule, HallColumn, Subject, RaisedAt, Evidence, Summary, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int StatusRole = Qt::UserRole + 2; // the status's wire name: open, confirmed, …
    static constexpr int LevelRole = Qt::UserRole + 3;  // the level's wire name: low, medium, high

    explicit RiskAlertTableModel(QObject *parent = nullptr);

    void setAlerts(const QList<RiskAlert> &alerts);
    // For the halls' names (the codes are shown without them).
    void setHalls(const QList<Hall> &halls);
    const RiskAlert *at(int row) const;
    int rowOf(qint64 id) const; // -1 when not listed
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Shared with the alert's detail: how each part reads on a screen.
    static QString subjectText(const RiskSubject &subject);   // 工作人员 王丽（teller1）, 票号 A003 …
    static QString evidenceKindText(RiskEvidenceKind kind);   // 排队记录, 办件记录, 查询记录
    static QString actionText(RiskDisposalAction action);     // 确认, 排除, 上报
    static QColor levelColor(RiskLevel level);
    static QString hallName(const QList<Hall> &halls, const QString &code);
    // `at` on the clock of the hall `code` (its time zone, whatever the machine's is), as `format`;
    // the machine's zone only for a hall not in the list.
    static QString hallTime(const QList<Hall> &halls, const QString &code, const QDateTime &at, const QString &format);

private:
    void everythingChanged();

    QList<RiskAlert> m_alerts;
    QList<Hall> m_halls;
};

} // namespace ow

#pragma once

#include "core/domain/risk/RiskTypes.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace ow {

// The versions of the risk rule set, newest (the one in force, bold) first: its number, who saved
// it and when (in the zone given: the city's), and which rules it changed against the version
// before it (the names, in the screen's language).
class RiskRuleVersionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Version, SavedBy, SavedAt, Changes, ColumnCount };
    static constexpr int VersionRole = Qt::UserRole + 1; // the version's number

    explicit RiskRuleVersionModel(QObject *parent = nullptr);

    // Newest first, as RiskApi::history answers; the last one's changes are known only when it is
    // version 1 (the shipped set) or the one before it is listed.
    void setVersions(const QList<RiskRuleSet> &versions, const QTimeZone &zone);
    const RiskRuleSet *version(int row) const;
    int rowOf(int version) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString changes(int row) const;

    QList<RiskRuleSet> m_versions;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace ow

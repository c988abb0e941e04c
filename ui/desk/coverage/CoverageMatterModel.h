#pragma once

#include "core/domain/coverage/Coverage.h"

#include <QAbstractTableModel>

namespace ow {

// The coverage report, one matter a row: its name, the halls that may accept it (its lowest
// level), the share of the population within 15 minutes of one, and the best delegation
// (e.g. "社区服务站 → 88.0%"). A share below half is shown in red. Sorting by the share column
// sorts by the number (ShareRole).
class CoverageMatterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { MatterColumn, LevelColumn, ShareColumn, RaiseColumn, ColumnCount };
    static constexpr int CodeRole = Qt::UserRole + 1;
    static constexpr int ShareRole = Qt::UserRole + 2;

    explicit CoverageMatterModel(QObject *parent = nullptr);

    void setMatters(const QList<MatterCoverage> &matters);
    const QList<MatterCoverage> &matters() const { return m_matters; }
    int rowOf(const QString &service) const; // -1 when not listed
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "delegating it to community service stations raises coverage from 62.0% to 88.0%"; with
    // `others`, that many more matters would gain the same.
    static QString raiseText(const DelegationGain &gain, const QString &language, int others = 0);

private:
    QList<MatterCoverage> m_matters;
};

} // namespace ow

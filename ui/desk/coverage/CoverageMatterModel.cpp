#include "ui/desk/coverage/CoverageMatterModel.h"

#include "ui/common/LanguageManager.h"
#include "ui/common/CoverageText.h"

#include <QBrush>
#include <QColor>

namespace ow {

namespace {
QString mayAcceptText(OrgLevel lowest)
{
    switch (lowest) {
    case OrgLevel::City:
        return CoverageMatterModel::tr("City hall only");
    case OrgLevel::County:
        return CoverageMatterModel::tr("District halls and above");
    case OrgLevel::Township:
        return CoverageMatterModel::tr("Township centres and above");
    case OrgLevel::Community:
        return CoverageMatterModel::tr("Every hall");
    }
    return {};
}
} // namespace

CoverageMatterModel::CoverageMatterModel(QObject *parent) : QAbstractTableModel(parent) {}

void CoverageMatterModel::setMatters(const QList<MatterCoverage> &matters)
{
    beginResetModel();
    m_matters = matters;
    endResetModel();
}

int CoverageMatterModel::rowOf(const QString &service) const
{
    for (int i = 0; i < m_matters.size(); ++i) {
        if (m_matters.at(i).service == service)
            return i;
    }
    return -1;
}

void CoverageMatterModel::retranslate()
{
    if (!m_matters.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int CoverageMatterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matters.size());
}

int CoverageMatterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CoverageMatterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MatterCoverage &m = m_matters.at(index.row());
    switch (role) {
    case CodeRole:
        return m.service;
    case ShareRole:
        return m.share;
    case Qt::DisplayRole:
        switch (index.column()) {
        case MatterColumn:
            return m.name.in(LanguageManager::current());
        case LevelColumn:
            return mayAcceptText(m.lowestLevel);
        case ShareColumn:
            return CoverageText::share(m.share);
        case RaiseColumn:
            if (m.ifDelegated.isEmpty())
                return QString();
            return tr("%1 → %2").arg(CoverageText::level(m.ifDelegated.last().lowestLevel),
                                    CoverageText::share(m.ifDelegated.last().share));
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == MatterColumn ? m.service : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == ShareColumn)
            return QBrush(m.share < 0.5 ? QColor(0xb3, 0x26, 0x1e) : QColor(0x1b, 0x7f, 0x3b));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == ShareColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    }
    return {};
}

QVariant CoverageMatterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MatterColumn:
        return tr("Matter");
    case LevelColumn:
        return tr("Halls that may accept it");
    case ShareColumn:
        return tr("Within 15 min");
    case RaiseColumn:
        return tr("If delegated further");
    }
    return {};
}

QString CoverageMatterModel::raiseText(const DelegationGain &gain, const QString &language, int others)
{
    QString to;
    switch (gain.to) {
    case OrgLevel::City:
        to = tr("the city hall");
        break;
    case OrgLevel::County:
        to = tr("district / county halls");
        break;
    case OrgLevel::Township:
        to = tr("township / street centres");
        break;
    case OrgLevel::Community:
        to = tr("community service stations");
        break;
    }
    if (others > 0)
        return tr("Delegating “%1” and %n other matter(s) like it to %2 raises the coverage of each from %3 to %4.", nullptr, others)
            .arg(gain.name.in(language), to, CoverageText::share(gain.shareBefore), CoverageText::share(gain.shareAfter));
    return tr("Delegating “%1” to %2 raises coverage from %3 to %4.")
        .arg(gain.name.in(language), to, CoverageText::share(gain.shareBefore), CoverageText::share(gain.shareAfter));
}

} // namespace ow

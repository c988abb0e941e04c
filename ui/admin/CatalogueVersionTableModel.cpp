#include "ui/admin/CatalogueVersionTableModel.h"

#include "ui/admin/CatalogueText.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace ow {

namespace {
QString local(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}
} // namespace

CatalogueVersionTableModel::CatalogueVersionTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void CatalogueVersionTableModel::setVersions(const QList<CatalogueVersionInfo> &versions)
{
    beginResetModel();
    m_versions = versions;
    endResetModel();
}

const CatalogueVersionInfo *CatalogueVersionTableModel::version(int row) const
{
    return row >= 0 && row < m_versions.size() ? &m_versions.at(row) : nullptr;
}

int CatalogueVersionTableModel::rowOf(const QString &version) const
{
    for (int i = 0; i < m_versions.size(); ++i) {
        if (m_versions.at(i).version == version)
            return i;
    }
    return -1;
}

void CatalogueVersionTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_versions.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int CatalogueVersionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_versions.size());
}

int CatalogueVersionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogueVersionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CatalogueVersionInfo &v = m_versions.at(index.row());
    if (role == VersionRole)
        return v.version;
    if (role == Qt::FontRole && v.state == CatalogueVersionState::Active) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole && v.state == CatalogueVersionState::Superseded)
        return QBrush(QColor(0x80, 0x80, 0x80));
    if (role == Qt::TextAlignmentRole && index.column() == Matters)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Version:
        return v.version;
    case State:
        return CatalogueText::state(v.state);
    case Matters:
        return v.matters;
    case Imported:
        return v.importedBy.isEmpty() ? tr("%1 (at server start)").arg(local(v.importedAt))
                                      : tr("%1 by %2").arg(local(v.importedAt), v.importedBy);
    case InForce:
        if (v.state == CatalogueVersionState::Scheduled)
            return tr("from %1").arg(QLocale().toString(v.activateOn, QStringLiteral("yyyy-MM-dd")));
        return v.activatedAt.isValid() ? tr("since %1").arg(local(v.activatedAt)) : QString();
    default:
        return {};
    }
}

QVariant CatalogueVersionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Version: return tr("Version");
    case State: return tr("State");
    case Matters: return tr("Matters");
    case Imported: return tr("Imported");
    case InForce: return tr("In force");
    default: return {};
    }
}

} // namespace ow

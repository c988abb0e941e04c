#include "ui/desk/guide/MatterResultModel.h"

#include "ui/common/LanguageManager.h"

namespace ow {

namespace {
QString fieldName(const QString &field)
{
    if (field == QLatin1String("name"))
        return MatterResultModel::tr("name");
    if (field == QLatin1String("code"))
        return MatterResultModel::tr("code");
    if (field == QLatin1String("pinyin"))
        return MatterResultModel::tr("pinyin initials");
    if (field == QLatin1String("category"))
        return MatterResultModel::tr("category");
    if (field == QLatin1String("material"))
        return MatterResultModel::tr("materials");
    return field;
}
} // namespace

void MatterResultModel::setResult(const MatterSearchResult &result, const Catalogue *catalogue)
{
    beginResetModel();
    m_hits = result.hits;
    m_catalogue = catalogue;
    endResetModel();
}

void MatterResultModel::clear()
{
    beginResetModel();
    m_hits.clear();
    endResetModel();
}

QString MatterResultModel::codeAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? m_hits.at(row).service : QString();
}

int MatterResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

QString MatterResultModel::whyText(const MatterSearchHit &hit)
{
    QStringList parts;
    for (const auto &[field, text] : hit.why)
        parts << tr("%1 “%2”").arg(fieldName(field), text);
    return tr("Matched: %1").arg(parts.join(tr("; ")));
}

QVariant MatterResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const MatterSearchHit &hit = m_hits.at(index.row());
    const ServiceItem *item = m_catalogue ? m_catalogue->service(hit.service) : nullptr;
    const QString name = item ? item->name.in(LanguageManager::current()) : hit.service;
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(name, hit.service) + QLatin1Char('\n') + whyText(hit);
    case Qt::ToolTipRole:
        return whyText(hit);
    case Qt::AccessibleTextRole:
        return name;
    case CodeRole:
        return hit.service;
    case ScoreRole:
        return hit.score;
    default:
        return {};
    }
}

} // namespace ow

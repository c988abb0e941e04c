#include "ui/desk/guide/MaterialCheckModel.h"

#include "ui/common/LanguageManager.h"

namespace ow {

void MaterialCheckModel::setMatter(const ServiceItem *item)
{
    beginResetModel();
    m_item = item ? std::optional<ServiceItem>(*item) : std::nullopt;
    m_present.clear();
    endResetModel();
    Q_EMIT precheckChanged();
}

void MaterialCheckModel::setPresent(const QString &code, bool present)
{
    if (!m_item)
        return;
    for (qsizetype row = 0; row < m_item->materials.size(); ++row) {
        if (m_item->materials.at(row).code == code)
            setData(index(static_cast<int>(row)), present ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
    }
}

MaterialPrecheck MaterialCheckModel::precheck() const
{
    MaterialPrecheck out;
    if (!m_item)
        return out;
    for (const Material &m : m_item->materials)
        (m_present.contains(m.code) ? out.present : out.missing) << m.code;
    return out;
}

int MaterialCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_item ? 0 : static_cast<int>(m_item->materials.size());
}

QVariant MaterialCheckModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_item || index.row() >= m_item->materials.size())
        return {};
    const Material &m = m_item->materials.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = m.name.in(LanguageManager::current());
        return m.required ? name : tr("%1 (if applicable)").arg(name);
    }
    case Qt::CheckStateRole:
        return m_present.contains(m.code) ? Qt::Checked : Qt::Unchecked;
    case CodeRole:
        return m.code;
    case RequiredRole:
        return m.required;
    default:
        return {};
    }
}

bool MaterialCheckModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || !m_item || index.row() >= m_item->materials.size())
        return false;
    const QString code = m_item->materials.at(index.row()).code;
    const bool present = value.toInt() == Qt::Checked;
    if (present == m_present.contains(code))
        return true;
    if (present)
        m_present.insert(code);
    else
        m_present.remove(code);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT precheckChanged();
    return true;
}

Qt::ItemFlags MaterialCheckModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

} // namespace ow

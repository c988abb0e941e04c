#include "ui/admin/WindowTableModel.h"

#include "core/domain/catalogue/Catalogue.h"
#include "ui/admin/AdminText.h"

#include <QBrush>
#include <QColor>

namespace ow {

WindowTableModel::WindowTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void WindowTableModel::setWindows(const QList<AdminWindow> &windows)
{
    beginResetModel();
    m_windows = windows;
    endResetModel();
}

void WindowTableModel::setCatalogue(const Catalogue *catalogue)
{
    m_catalogue = catalogue;
    if (!m_windows.isEmpty())
        Q_EMIT dataChanged(index(0, Serves), index(rowCount() - 1, Serves), {Qt::DisplayRole});
}

const AdminWindow *WindowTableModel::window(int row) const
{
    return row >= 0 && row < m_windows.size() ? &m_windows.at(row) : nullptr;
}

int WindowTableModel::rowOf(int number) const
{
    for (int i = 0; i < m_windows.size(); ++i) {
        if (m_windows.at(i).number == number)
            return i;
    }
    return -1;
}

void WindowTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_windows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int WindowTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_windows.size());
}

int WindowTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WindowTableModel::serves(const AdminWindow &w) const
{
    QStringList parts;
    if (w.kind == WindowKind::Comprehensive) {
        // Every matter; the weights say which queues it calls first.
        for (auto it = w.weights.constBegin(); it != w.weights.constEnd(); ++it) {
            if (it.value() != 1)
                parts << QStringLiteral("%1 ×%2").arg(AdminText::categories({it.key()}, m_catalogue)).arg(it.value());
        }
        return parts.isEmpty() ? tr("Every matter") : tr("Every matter (first: %1)").arg(parts.join(AdminText::tr(", ")));
    }
    for (const QString &code : w.categories) {
        QString text = AdminText::categories({code}, m_catalogue);
        if (w.weights.value(code, 1) != 1)
            text += QStringLiteral(" ×%1").arg(w.weights.value(code));
        parts << text;
    }
    return parts.join(AdminText::tr(", "));
}

QVariant WindowTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AdminWindow &w = m_windows.at(index.row());
    if (role == NumberRole)
        return w.number;
    if (role == Qt::ForegroundRole)
        return w.retired ? QVariant(QBrush(QColor(0x80, 0x80, 0x80))) : QVariant();
    if (role == Qt::TextAlignmentRole && index.column() == Number)
        return QVariant(Qt::AlignCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number:
        return w.number;
    case Label:
        return w.label;
    case Kind:
        return AdminText::windowKind(w.kind);
    case Serves:
        return serves(w);
    case AutoAssign:
        return w.autoAssign ? tr("Yes") : tr("No");
    case State:
        return AdminText::windowState(w);
    default:
        return {};
    }
}

QVariant WindowTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Window");
    case Label:
        return tr("Label");
    case Kind:
        return tr("Kind");
    case Serves:
        return tr("Serves");
    case AutoAssign:
        return tr("Automatic assignment");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace ow

#include "ui/admin/HallComboBox.h"

#include "ui/admin/AdminText.h"

#include <QHash>

#include <functional>

namespace ow {

HallComboBox::HallComboBox(QWidget *parent) : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed); // a hall's full name fits in a form
}

void HallComboBox::setHalls(const QList<AdminHall> &halls, const QString &anyText, const QString &exclude)
{
    const QString keep = currentCode();
    const QSignalBlocker blocker(this);
    clear();
    if (!anyText.isEmpty())
        addItem(anyText, QString());
    QHash<QString, QList<const AdminHall *>> children;
    QHash<QString, bool> known;
    for (const AdminHall &h : halls)
        known.insert(h.code, !h.archived);
    for (const AdminHall &h : halls) {
        if (h.archived)
            continue;
        children[known.value(h.parent) ? h.parent : QString()].append(&h);
    }
    std::function<void(const QString &, int)> add = [&](const QString &parent, int depth) {
        for (const AdminHall *h : children.value(parent)) {
            if (h->code == exclude)
                continue;
            addItem(QString(depth, QChar(0x3000)) + tr("%1 (%2)").arg(AdminText::name(h->name()), h->code), h->code);
            add(h->code, depth + 1);
        }
    };
    add(QString(), 0);
    setCurrentCode(keep);
    if (currentIndex() < 0 && count() > 0)
        setCurrentIndex(0);
}

QString HallComboBox::currentCode() const
{
    return currentData().toString();
}

void HallComboBox::setCurrentCode(const QString &code)
{
    const int i = findData(code);
    if (i >= 0)
        setCurrentIndex(i);
}

} // namespace ow

#include "ui/desk/HallsPage.h"

#include "core/domain/catalogue/Catalogue.h"
#include "ui/common/LanguageManager.h"

#include <QEvent>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ow {

HallsPage::HallsPage(QWidget *parent) : QWidget(parent), m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("hallsPage"));
    m_tree->setObjectName(QStringLiteral("hallsTree"));
    m_tree->setColumnCount(3);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    rebuild();
}

void HallsPage::setData(const QList<Hall> &halls, const Catalogue *catalogue)
{
    m_halls = halls;
    m_catalogue = catalogue;
    rebuild();
}

void HallsPage::rebuild()
{
    const QString lang = LanguageManager::current();
    m_tree->setHeaderLabels({tr("Hall / window"), tr("Kind"), tr("Serves")});
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> byCode;
    for (const Hall &h : m_halls) {
        QTreeWidgetItem *parent = byCode.value(h.parentCode);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, h.name.in(lang));
        item->setText(1, h.level == OrgLevel::City     ? tr("City hall")
                         : h.level == OrgLevel::County ? tr("County / district hall")
                         : h.level == OrgLevel::Township ? tr("Township / street office")
                                                         : tr("Community service station"));
        item->setText(2, h.address);
        byCode.insert(h.code, item);
        for (const Window &w : h.windows) {
            auto *wi = new QTreeWidgetItem(item);
            wi->setText(0, tr("Window %1").arg(w.number));
            wi->setText(1, w.kind == WindowKind::Comprehensive ? tr("Comprehensive") : tr("Dedicated"));
            if (w.kind == WindowKind::Comprehensive) {
                wi->setText(2, tr("Every matter"));
            } else {
                QStringList names;
                for (const QString &code : w.categories) {
                    const Category *c = m_catalogue ? m_catalogue->category(code) : nullptr;
                    names << (c ? c->name.in(lang) : code);
                }
                wi->setText(2, names.join(QStringLiteral("、")));
            }
        }
    }
    m_tree->expandAll();
}

void HallsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace ow

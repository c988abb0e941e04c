#include "ui/desk/cases/MaterialChecklist.h"

#include "core/domain/catalogue/ServiceItem.h"
#include "ui/common/CaseText.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>

namespace ow {

namespace {
const MaterialStatus kStatuses[] = {MaterialStatus::Received, MaterialStatus::Missing, MaterialStatus::Exempt};
} // namespace

MaterialChecklist::MaterialChecklist(QWidget *parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(0, 1);
}

void MaterialChecklist::build(const ServiceItem &service, const QString &language)
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    qDeleteAll(m_choice);
    m_choice.clear();
    int row = 0;
    for (const Material &m : service.materials) {
        auto *name = new QLabel(m.name.in(language) + (m.required ? QStringLiteral(" *") : QString()));
        name->setWordWrap(true);
        m_grid->addWidget(name, row, 0);
        auto *group = new QButtonGroup(this);
        int column = 1;
        for (MaterialStatus status : kStatuses) {
            auto *radio = new QRadioButton(CaseText::materialChoice(status));
            radio->setObjectName(QStringLiteral("material:%1:%2").arg(m.code, toString(status)));
            radio->setToolTip(CaseText::material(status));
            group->addButton(radio, static_cast<int>(status));
            m_grid->addWidget(radio, row, column++);
        }
        group->button(static_cast<int>(MaterialStatus::Missing))->setChecked(true);
        connect(group, &QButtonGroup::idClicked, this, &MaterialChecklist::changed);
        m_choice.insert(m.code, group);
        ++row;
    }
}

MaterialStatuses MaterialChecklist::statuses() const
{
    MaterialStatuses out;
    for (auto it = m_choice.begin(); it != m_choice.end(); ++it)
        out.insert(it.key(), static_cast<MaterialStatus>(it.value()->checkedId()));
    return out;
}

void MaterialChecklist::setStatuses(const MaterialStatuses &statuses)
{
    for (auto it = statuses.begin(); it != statuses.end(); ++it) {
        if (QButtonGroup *group = m_choice.value(it.key()))
            group->button(static_cast<int>(it.value()))->setChecked(true);
    }
}

} // namespace ow

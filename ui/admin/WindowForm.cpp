#include "ui/admin/WindowForm.h"

#include "core/client/AdminClient.h"
#include "core/domain/catalogue/Catalogue.h"
#include "ui/admin/AdminText.h"
#include "ui/admin/FormFeedback.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ow {

WindowForm::WindowForm(AdminClient &admin, const Catalogue *catalogue, const AdminHall &hall, std::optional<AdminWindow> existing,
                       QWidget *parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_hall(hall)
    , m_existing(std::move(existing))
    , m_number(new QSpinBox(this))
    , m_label(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_categories(new QTableWidget(this))
    , m_autoAssign(new QCheckBox(tr("Assign waiting tickets to this window automatically"), this))
    , m_kindHint(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_ok(new QPushButton(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("windowForm"));
    setWindowTitle(m_existing ? tr("Edit window %1 of %2").arg(m_existing->number).arg(AdminText::name(hall.name()))
                              : tr("New window at %1").arg(AdminText::name(hall.name())));
    m_number->setObjectName(QStringLiteral("windowNumber"));
    m_label->setObjectName(QStringLiteral("windowLabel"));
    m_kind->setObjectName(QStringLiteral("windowKind"));
    m_categories->setObjectName(QStringLiteral("windowCategories"));
    m_autoAssign->setObjectName(QStringLiteral("windowAutoAssign"));
    m_summary->setObjectName(QStringLiteral("formSummary"));
    m_ok->setObjectName(QStringLiteral("formOk"));
    m_ok->setText(m_existing ? tr("Save") : tr("Add window"));
    m_ok->setDefault(true);
    m_feedback = new FormFeedback(m_ok, m_summary, this);

    m_number->setRange(1, AdminRules::kMaxWindowNumber);
    m_label->setMaxLength(AdminRules::kMaxLabel + 1);
    m_label->setPlaceholderText(tr("e.g. 3号窗口 养老"));
    m_kind->addItem(AdminText::windowKind(WindowKind::Comprehensive), static_cast<int>(WindowKind::Comprehensive));
    m_kind->addItem(AdminText::windowKind(WindowKind::Dedicated), static_cast<int>(WindowKind::Dedicated));
    m_kindHint->setWordWrap(true);
    m_kindHint->setMinimumWidth(420);
    m_kindHint->setStyleSheet(QStringLiteral("color:#5f6368;"));

    m_categories->setColumnCount(2);
    m_categories->setHorizontalHeaderLabels({tr("Category"), tr("Preference weight")});
    m_categories->verticalHeader()->hide();
    m_categories->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_categories->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_categories->setSelectionMode(QAbstractItemView::NoSelection);
    m_categories->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_categories->verticalHeader()->setDefaultSectionSize(QSpinBox().sizeHint().height() + 6);

    AdminWindow start;
    if (m_existing) {
        start = *m_existing;
    } else {
        // The next number after the highest in use.
        int next = 1;
        for (const AdminWindow &w : hall.windows)
            next = std::max(next, w.number + 1);
        start.number = std::min(next, AdminRules::kMaxWindowNumber);
    }
    const QList<Category> categories = catalogue ? catalogue->categories() : QList<Category>();
    m_categories->setRowCount(static_cast<int>(categories.size()));
    for (int row = 0; row < categories.size(); ++row) {
        const Category &c = categories.at(row);
        auto *item = new QTableWidgetItem(AdminText::name(c.name));
        item->setData(Qt::UserRole, c.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(start.categories.contains(c.code) ? Qt::Checked : Qt::Unchecked);
        m_categories->setItem(row, 0, item);
        auto *weight = new QSpinBox(m_categories);
        weight->setObjectName(QStringLiteral("weight_") + c.code);
        weight->setRange(1, AdminRules::kMaxWeight);
        weight->setValue(start.weights.value(c.code, 1));
        weight->setPrefix(QStringLiteral("×"));
        m_categories->setCellWidget(row, 1, weight);
        connect(weight, &QSpinBox::valueChanged, this, [this] {
            m_feedback->touch(QStringLiteral("weights"));
            validate();
        });
    }
    m_number->setValue(start.number);
    m_number->setEnabled(!m_existing);
    m_label->setText(start.label);
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(start.kind)));
    m_autoAssign->setChecked(start.autoAssign);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Window number:"), m_feedback->wrap(QStringLiteral("number"), m_number));
    form->addRow(tr("Label:"), m_feedback->wrap(QStringLiteral("label"), m_label));
    form->addRow(tr("Kind:"), m_feedback->wrap(QStringLiteral("kind"), m_kind));
    form->addRow(QString(), m_kindHint);
    form->addRow(tr("Categories:"), m_feedback->wrap(QStringLiteral("categories"), m_categories));
    form->addRow(QString(), m_autoAssign);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_ok);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addLayout(buttons);
    // Every category in view without scrolling: the table is as tall as its rows.
    m_categories->setMinimumHeight(m_categories->horizontalHeader()->sizeHint().height()
                                   + m_categories->verticalHeader()->defaultSectionSize() * m_categories->rowCount() + 4);
    m_categories->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setMinimumWidth(620);

    connect(m_number, &QSpinBox::valueChanged, this, [this] {
        m_feedback->touch(QStringLiteral("number"));
        validate();
    });
    connect(m_label, &QLineEdit::textEdited, this, [this] {
        m_feedback->touch(QStringLiteral("label"));
        validate();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_feedback->touch(QStringLiteral("kind"));
        onKindChanged();
    });
    connect(m_categories, &QTableWidget::itemChanged, this, [this] {
        m_feedback->touch(QStringLiteral("categories"));
        validate();
    });
    connect(m_ok, &QPushButton::clicked, this, &WindowForm::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    onKindChanged();
    m_label->setFocus();
}

AdminWindow WindowForm::window() const
{
    AdminWindow w = m_existing.value_or(AdminWindow{});
    w.number = m_number->value();
    w.label = m_label->text().trimmed();
    w.kind = static_cast<WindowKind>(m_kind->currentData().toInt());
    w.autoAssign = m_autoAssign->isChecked();
    w.categories.clear();
    w.weights.clear();
    for (int row = 0; row < m_categories->rowCount(); ++row) {
        const QString code = m_categories->item(row, 0)->data(Qt::UserRole).toString();
        if (w.kind == WindowKind::Dedicated && m_categories->item(row, 0)->checkState() == Qt::Checked)
            w.categories << code;
        const int weight = static_cast<QSpinBox *>(m_categories->cellWidget(row, 1))->value();
        if (weight != 1)
            w.weights.insert(code, weight);
    }
    return w;
}

void WindowForm::onKindChanged()
{
    const bool dedicated = static_cast<WindowKind>(m_kind->currentData().toInt()) == WindowKind::Dedicated;
    m_kindHint->setText(dedicated ? tr("A dedicated window (专窗) serves only the ticked categories.")
                                  : tr("A comprehensive window (综合窗口) accepts every matter; the weights say which queues it prefers."));
    const QSignalBlocker blocker(m_categories);
    for (int row = 0; row < m_categories->rowCount(); ++row) {
        QTableWidgetItem *item = m_categories->item(row, 0);
        item->setFlags(dedicated ? (Qt::ItemIsEnabled | Qt::ItemIsUserCheckable) : Qt::ItemIsEnabled);
        if (!dedicated)
            item->setData(Qt::CheckStateRole, QVariant()); // no box: every category is served
        else if (!item->data(Qt::CheckStateRole).isValid())
            item->setCheckState(m_existing && m_existing->categories.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                                                  : Qt::Unchecked);
    }
    validate();
}

void WindowForm::validate()
{
    m_feedback->show(AdminRules::checkWindow(window(), !m_existing, m_hall));
}

void WindowForm::submit()
{
    for (const char *field : {"number", "label", "kind", "categories", "weights"})
        m_feedback->touch(QString::fromLatin1(field));
    validate();
    if (!m_feedback->isValid())
        return;
    m_feedback->setBusy(true);
    QPointer<WindowForm> self(this);
    auto answered = [self](Result<AdminWindow> r) {
        if (!self)
            return;
        self->m_feedback->setBusy(false);
        if (!r) {
            self->m_feedback->showRefusal(errorText(r.error()), AdminApi::fieldProblems(r.error()));
            return;
        }
        self->m_saved = r.value();
        self->accept();
    };
    if (!m_existing) {
        m_admin.addWindow(m_hall.code, window(), std::move(answered));
        return;
    }
    const WindowPatch patch = WindowPatch::between(*m_existing, window());
    if (patch.isEmpty()) {
        accept();
        return;
    }
    m_admin.updateWindow(m_hall.code, m_existing->number, patch, std::move(answered));
}

} // namespace ow

#include "ui/desk/supervision/RectificationsPage.h"

#include "core/client/AdminClient.h" // errorText, AdminApi::fieldProblems: how any refusal reads
#include "core/client/ClientSession.h"
#include "core/client/api/RectificationApi.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/supervision/RectificationForm.h"
#include "ui/desk/supervision/RectificationTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

namespace {

// The states offered, in the order of the box: open (the overdue included) first.
const std::optional<RectificationState> kStates[] = {RectificationState::Open, RectificationState::Overdue, RectificationState::Closed,
                                                     std::nullopt};

} // namespace

RectificationsPage::RectificationsPage(ClientSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new RectificationTableModel(this))
    , m_title(new QLabel(this))
    , m_state(new QComboBox(this))
    , m_below(new QCheckBox(this))
    , m_refresh(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_table(new QTableView(this))
    , m_split(new QSplitter(this))
    , m_form(new RectificationForm(session.clock(), std::nullopt, session.catalogue(), this))
{
    setObjectName(QStringLiteral("rectificationsPage"));
    m_state->setObjectName(QStringLiteral("rectificationStateFilter"));
    m_below->setObjectName(QStringLiteral("rectificationsBelow"));
    m_refresh->setObjectName(QStringLiteral("rectificationsRefresh"));
    m_message->setObjectName(QStringLiteral("rectificationsMessage"));
    m_table->setObjectName(QStringLiteral("rectificationTable"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_title->setFont(f);
    for (int i = 0; i < static_cast<int>(std::size(kStates)); ++i)
        m_state->addItem(QString());
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_model->setCatalogue(session.catalogue());
    m_model->setHalls(session.halls());

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_state);
    filters->addWidget(m_below);
    filters->addWidget(m_refresh);
    filters->addWidget(m_message, 1);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_table);
    m_split->addWidget(left);
    m_split->addWidget(m_form);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_split, 1);

    connect(m_state, &QComboBox::currentIndexChanged, this, &RectificationsPage::reload);
    connect(m_below, &QCheckBox::toggled, this, &RectificationsPage::reload);
    connect(m_refresh, &QPushButton::clicked, this, &RectificationsPage::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const RectificationItem *item = m_model->at(current.row());
        m_selected = item ? item->id : 0;
        showSelected();
    });
    connect(&session, &ClientSession::catalogueChanged, this, [this] { m_model->setCatalogue(m_session.catalogue()); });
    connect(&session, &ClientSession::hallsChanged, this, [this] { m_model->setHalls(m_session.halls()); });
    retranslate();
    reload();
}

RectificationFilter RectificationsPage::filter() const
{
    RectificationFilter f = RectificationFilter::open();
    f.state = kStates[std::max(0, m_state->currentIndex())];
    f.below = m_below->isChecked();
    return f;
}

void RectificationsPage::reload()
{
    load(false);
}

void RectificationsPage::load(bool keepForm)
{
    if (!m_session.isLoggedIn() || !m_session.api().hasToken())
        return;
    const RectificationFilter wanted = filter();
    QPointer<RectificationsPage> self(this);
    RectificationApi(m_session.api()).list(m_session.account().hallCode, wanted, [self, wanted, keepForm](Result<RectificationList> r) {
        if (!self || !(self->filter() == wanted))
            return; // a newer question is on its way
        if (!r) {
            self->m_message->setText(errorText(r.error()));
            return;
        }
        const qint64 keep = self->m_selected;
        self->m_model->setRectifications(r.value().rectifications);
        self->m_table->resizeColumnsToContents();
        self->m_message->setText(tr("Listed: %1").arg(r.value().rectifications.size()));
        if (!self->select(keep) && !keepForm) {
            self->m_selected = 0;
            self->showSelected();
        }
        Q_EMIT self->loaded();
    });
}

bool RectificationsPage::select(qint64 id)
{
    const int row = id ? m_model->rowOf(id) : -1;
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_selected = id;
    showSelected();
    return true;
}

void RectificationsPage::showSelected()
{
    if (!m_selected) {
        showForm(std::nullopt);
        return;
    }
    const qint64 id = m_selected;
    QPointer<RectificationsPage> self(this);
    RectificationApi(m_session.api()).get(id, [self, id](Result<RectificationDetail> r) {
        if (!self || self->m_selected != id)
            return;
        if (!r) {
            self->m_message->setText(errorText(r.error()));
            return;
        }
        self->showForm(r.value());
        Q_EMIT self->detailed();
    });
}

void RectificationsPage::showForm(const std::optional<RectificationDetail> &detail)
{
    if (detail && m_form->detail() && m_form->detail()->rectification.id == detail->rectification.id) {
        m_form->setDetail(*detail); // the same one read again: what is typed stays
        return;
    }
    auto *form = new RectificationForm(m_session.clock(), detail, m_session.catalogue());
    connect(form, &RectificationForm::followUpRequested, this, &RectificationsPage::recordContact);
    connect(form, &RectificationForm::closeRequested, this, &RectificationsPage::close);
    delete m_split->replaceWidget(1, form);
    m_form = form;
}

void RectificationsPage::recordContact(const FollowUpRequest &request)
{
    if (!m_selected)
        return;
    m_form->setBusy(true);
    QPointer<RectificationsPage> self(this);
    RectificationApi(m_session.api()).followUp(m_selected, request, [self, id = m_selected](Result<RectificationDetail> r) {
        if (self)
            self->answered(id, r, true);
    });
}

void RectificationsPage::close(const CloseRectificationRequest &request)
{
    if (!m_selected)
        return;
    m_form->setBusy(true);
    QPointer<RectificationsPage> self(this);
    RectificationApi(m_session.api()).close(m_selected, request, [self, id = m_selected](Result<RectificationDetail> r) {
        if (self)
            self->answered(id, r, false);
    });
}

void RectificationsPage::answered(qint64 id, const Result<RectificationDetail> &r, bool contact)
{
    if (!m_form->detail() || m_form->detail()->rectification.id != id) { // another one is shown by now
        load(true);
        return;
    }
    m_form->setBusy(false);
    if (!r) {
        if (contact)
            m_form->showContactRefusal(errorText(r.error()), AdminApi::fieldProblems(r.error()));
        else
            m_form->showCloseRefusal(errorText(r.error()), AdminApi::fieldProblems(r.error()));
        return;
    }
    m_form->setDetail(r.value());
    if (contact)
        m_form->contactRecorded();
    m_message->setText(contact ? tr("The contact with the citizen was recorded.") : tr("The rectification was closed."));
    Q_EMIT changed();
    load(true); // the list's row: its contacts, its state
}

void RectificationsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RectificationsPage::retranslate()
{
    const QString lang = LanguageManager::current();
    m_title->setText(m_session.isLoggedIn() ? tr("Rectifications of bad ratings — %1").arg(m_session.account().hallName.in(lang))
                                            : tr("Rectifications of bad ratings"));
    m_state->setItemText(0, tr("Open (overdue included)"));
    m_state->setItemText(1, tr("Overdue"));
    m_state->setItemText(2, tr("Closed"));
    m_state->setItemText(3, tr("All"));
    m_below->setText(tr("Include the halls below"));
    m_refresh->setText(tr("Refresh"));
    m_model->retranslate();
}

} // namespace ow

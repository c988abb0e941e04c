#include "ui/desk/risk/RiskPage.h"

#include "core/client/AdminClient.h" // errorText, AdminApi::fieldProblems: how any refusal reads
#include "core/client/ClientSession.h"
#include "core/client/api/RiskApi.h"
#include "core/domain/util/Clock.h"
#include "ui/admin/RiskRulesPage.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/risk/RiskAlertForm.h"
#include "ui/desk/risk/RiskAlertTableModel.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
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

// The statuses offered, in the order of the box: the open ones (waiting for a decision) first.
const std::optional<RiskAlertStatus> kStatuses[] = {RiskAlertStatus::Open, RiskAlertStatus::Escalated, RiskAlertStatus::Confirmed,
                                                    RiskAlertStatus::Dismissed, std::nullopt};
const std::optional<RiskLevel> kLevels[] = {std::nullopt, RiskLevel::High, RiskLevel::Medium, RiskLevel::Low};

// The hall `root` and every hall below it, as the org lists them.
QStringList hallAndBelow(const QList<Hall> &halls, const QString &root)
{
    QStringList out{root};
    for (int i = 0; i < out.size(); ++i) {
        for (const Hall &h : halls) {
            if (h.parentCode == out.at(i) && !out.contains(h.code))
                out.append(h.code);
        }
    }
    return out;
}

} // namespace

RiskPage::RiskPage(ClientSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new RiskAlertTableModel(this))
    , m_title(new QLabel(this))
    , m_today(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_hall(new QComboBox(this))
    , m_refresh(new QPushButton(this))
    , m_rules(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_table(new QTableView(this))
    , m_split(new QSplitter(this))
    , m_form(new RiskAlertForm(std::nullopt, session.halls(), {}, this))
{
    setObjectName(QStringLiteral("riskPage"));
    m_today->setObjectName(QStringLiteral("riskToday"));
    m_status->setObjectName(QStringLiteral("riskStatusFilter"));
    m_level->setObjectName(QStringLiteral("riskLevelFilter"));
    m_hall->setObjectName(QStringLiteral("riskHallFilter"));
    m_refresh->setObjectName(QStringLiteral("riskRefresh"));
    m_rules->setObjectName(QStringLiteral("riskRulesButton"));
    m_message->setObjectName(QStringLiteral("riskMessage"));
    m_table->setObjectName(QStringLiteral("riskAlertTable"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_title->setFont(f);
    m_today->setTextFormat(Qt::RichText);
    m_today->setStyleSheet(QStringLiteral("QLabel { background: #f3f6fa; border: 1px solid #d5dde8; border-radius: 4px; padding: 6px 10px; }"));
    for (int i = 0; i < static_cast<int>(std::size(kStatuses)); ++i)
        m_status->addItem(QString());
    for (int i = 0; i < static_cast<int>(std::size(kLevels)); ++i)
        m_level->addItem(QString());
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_hall->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_model->setHalls(session.halls());
    fillHalls();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_status);
    filters->addWidget(m_level);
    filters->addWidget(m_hall);
    filters->addWidget(m_refresh);
    filters->addWidget(m_message, 1);
    filters->addWidget(m_rules);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_table);
    m_split->addWidget(left);
    m_split->addWidget(m_form);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setSizes({900, 600}); // the list needs the room more than the alert (scaled to the window)
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_today);
    layout->addWidget(m_split, 1);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { load(false); });
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] { load(false); });
    connect(m_hall, &QComboBox::currentIndexChanged, this, &RiskPage::reload);
    connect(m_refresh, &QPushButton::clicked, this, &RiskPage::reload);
    connect(m_rules, &QPushButton::clicked, this, &RiskPage::openRules);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const RiskAlert *alert = m_model->at(current.row());
        m_selected = alert ? alert->id : 0;
        showSelected();
    });
    connect(&session, &ClientSession::hallsChanged, this, [this] {
        m_model->setHalls(m_session.halls());
        fillHalls();
        loadSummary(); // "today" is the hall's service day, known only now
    });
    retranslate();
    reload();
}

void RiskPage::fillHalls()
{
    if (!m_session.isLoggedIn())
        return;
    const QString own = m_session.account().hallCode;
    const QStringList codes = hallAndBelow(m_session.halls(), own);
    m_overseen = QSet<QString>(codes.begin(), codes.end());
    const QString current = m_hall->currentData().toString();
    const QSignalBlocker block(m_hall);
    m_hall->clear();
    for (const QString &code : codes)
        m_hall->addItem(QString(), code);
    m_hall->setCurrentIndex(std::max(0, m_hall->findData(current)));
    retranslate();
}

RiskAlertFilter RiskPage::filter() const
{
    RiskAlertFilter f;
    f.hall = m_hall->currentData().toString();
    f.status = kStatuses[std::max(0, m_status->currentIndex())];
    f.level = kLevels[std::max(0, m_level->currentIndex())];
    return f;
}

QDialog *RiskPage::openRules()
{
    if (!m_rulesDialog) {
        m_rulesDialog = new QDialog(this);
        m_rulesDialog->setObjectName(QStringLiteral("riskRulesDialog"));
        auto *page = new RiskRulesPage(m_session, m_rulesDialog);
        auto *close = new QDialogButtonBox(QDialogButtonBox::Close, m_rulesDialog);
        connect(close, &QDialogButtonBox::rejected, m_rulesDialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(m_rulesDialog);
        layout->addWidget(page, 1);
        layout->addWidget(close);
        m_rulesDialog->resize(1100, 700);
    }
    m_rulesDialog->setWindowTitle(tr("Risk rules"));
    m_rulesDialog->show(); // showing it reads the rules again
    m_rulesDialog->raise();
    m_rulesDialog->activateWindow();
    return m_rulesDialog;
}

void RiskPage::reload()
{
    loadSummary();
    load(false);
}

void RiskPage::alertChanged(const RiskAlert &alert)
{
    loadSummary();
    load(true);
    if (m_form->alert() && m_form->alert()->id == alert.id)
        reread(alert.id);
}

void RiskPage::reread(qint64 id)
{
    QPointer<RiskPage> self(this);
    RiskApi(m_session.api()).alert(id, [self, id](Result<RiskAlert> r) {
        if (self && r && self->m_form->alert() && self->m_form->alert()->id == id)
            self->m_form->setAlert(r.value());
    });
}

void RiskPage::loadSummary()
{
    if (!m_session.isLoggedIn() || !m_session.api().hasToken())
        return;
    const QString hall = m_hall->currentData().toString();
    // "Today" is the hall's service day (the machine's date is another day for the hours where
    // the two time zones differ): nothing is asked before the hall is known.
    QDate day;
    for (const Hall &h : m_session.halls()) {
        if (h.code == (hall.isEmpty() ? m_session.account().hallCode : hall))
            day = serviceDay(h, m_session.clock().now());
    }
    if (!day.isValid())
        return;
    QPointer<RiskPage> self(this);
    RiskApi(m_session.api()).summary(day, hall, [self, hall](Result<RiskSummary> r) {
        if (!self || self->m_hall->currentData().toString() != hall)
            return; // a newer question is on its way
        if (!r) {
            self->m_summary.reset();
            self->m_message->setText(errorText(r.error()));
        } else {
            self->m_summary = r.value();
        }
        self->retranslate();
        Q_EMIT self->summarized();
    });
}

void RiskPage::load(bool keepForm)
{
    if (!m_session.isLoggedIn() || !m_session.api().hasToken())
        return;
    const RiskAlertFilter wanted = filter();
    QPointer<RiskPage> self(this);
    RiskApi(m_session.api()).alerts(wanted, [self, wanted, keepForm](Result<RiskAlertList> r) {
        if (!self || !(self->filter() == wanted))
            return; // a newer question is on its way
        if (!r) {
            self->m_message->setText(errorText(r.error()));
            return;
        }
        const qint64 keep = self->m_selected;
        self->m_model->setAlerts(r.value().alerts);
        self->m_table->resizeColumnsToContents();
        // Halls' names and findings are long: elided, each whole in its tooltip; the finding, the
        // last column, takes the room left.
        for (int column : {int(RiskAlertTableModel::HallColumn), int(RiskAlertTableModel::Summary)})
            self->m_table->setColumnWidth(column, std::min(self->m_table->columnWidth(column), 200));
        self->m_message->setText(tr("Listed: %1").arg(r.value().alerts.size()));
        if (!self->select(keep) && !keepForm) {
            self->m_selected = 0;
            self->showSelected();
        }
        Q_EMIT self->loaded();
    });
}

bool RiskPage::select(qint64 id)
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

void RiskPage::showSelected()
{
    if (!m_selected) {
        showForm(std::nullopt);
        return;
    }
    const qint64 id = m_selected;
    QPointer<RiskPage> self(this);
    RiskApi(m_session.api()).alert(id, [self, id](Result<RiskAlert> r) {
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

void RiskPage::showForm(const std::optional<RiskAlert> &alert)
{
    if (alert && m_form->alert() && m_form->alert()->id == alert->id) {
        m_form->setAlert(*alert); // the same one read again: what is typed stays
        return;
    }
    auto *form = new RiskAlertForm(alert, m_session.halls(), m_overseen);
    connect(form, &RiskAlertForm::disposalRequested, this, &RiskPage::dispose);
    delete m_split->replaceWidget(1, form);
    m_form = form;
}

void RiskPage::dispose(const RiskDisposalRequest &request)
{
    if (!m_form->alert())
        return;
    const qint64 id = m_form->alert()->id;
    m_form->setBusy(true);
    QPointer<RiskPage> self(this);
    RiskApi(m_session.api()).dispose(id, request, [self, id](Result<RiskAlert> r) {
        if (!self)
            return;
        if (!self->m_form->alert() || self->m_form->alert()->id != id) { // another one is shown by now
            self->reload();
            return;
        }
        self->m_form->setBusy(false);
        if (!r) {
            self->m_form->showRefusal(errorText(r.error()), AdminApi::fieldProblems(r.error()));
            if (r.error().code == ErrorCode::Conflict) { // decided elsewhere meanwhile: show what was decided
                self->loadSummary();
                self->load(true);
                self->reread(id);
            }
            return;
        }
        // The list leaves the evidence out; the answer has it, so the form keeps showing it.
        self->m_form->setAlert(r.value());
        self->m_message->setText(tr("The disposal was recorded."));
        Q_EMIT self->disposed();
        self->loadSummary();
        self->load(true); // the list's row: its status (gone from the open ones)
    });
}

void RiskPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RiskPage::retranslate()
{
    const QString lang = LanguageManager::current();
    m_title->setText(m_session.isLoggedIn() ? tr("Risk alerts — %1").arg(m_session.account().hallName.in(lang)) : tr("Risk alerts"));
    if (m_summary) {
        m_today->setText(tr("<b>Today</b> (%1): <b>%2</b> raised · <b style='color:#b3261e'>%3</b> waiting for a decision · "
                            "<b>%4</b> disposed of")
                             .arg(m_summary->day.toString(Qt::ISODate))
                             .arg(m_summary->raised)
                             .arg(m_summary->open)
                             .arg(m_summary->disposed));
    } else {
        m_today->setText(tr("<b>Today</b>: the figures could not be read."));
    }
    m_status->setItemText(0, riskAlertStatusText(RiskAlertStatus::Open));
    m_status->setItemText(1, riskAlertStatusText(RiskAlertStatus::Escalated));
    m_status->setItemText(2, riskAlertStatusText(RiskAlertStatus::Confirmed));
    m_status->setItemText(3, riskAlertStatusText(RiskAlertStatus::Dismissed));
    m_status->setItemText(4, tr("All statuses"));
    m_level->setItemText(0, tr("All levels"));
    for (int i = 1; i < static_cast<int>(std::size(kLevels)); ++i)
        m_level->setItemText(i, tr("Level: %1").arg(riskLevelText(*kLevels[i])));
    for (int i = 0; i < m_hall->count(); ++i) {
        const QString name = RiskAlertTableModel::hallName(m_session.halls(), m_hall->itemData(i).toString());
        m_hall->setItemText(i, i == 0 ? tr("%1 and the halls below").arg(name) : name);
    }
    m_refresh->setText(tr("Refresh"));
    m_rules->setText(tr("Rules…"));
    m_model->retranslate();
}

} // namespace ow

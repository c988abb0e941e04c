#include "ui/desk/guide/GuidePage.h"

#include "core/client/AdminClient.h" // errorText: how any refusal reads
#include "core/client/ClientSession.h"
#include "core/client/api/GuideApi.h"
#include "core/client/api/QueueApi.h"
#include "core/domain/util/Clock.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/guide/MaterialCheckModel.h"
#include "ui/desk/guide/MatterResultModel.h"
#include "ui/desk/guide/OneTimeNotice.h"
#include "ui/desk/guide/PrecheckText.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace ow {

namespace {
constexpr int kHits = 10;
} // namespace

GuidePage::GuidePage(ClientSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_results(new MatterResultModel(this))
    , m_materials(new MaterialCheckModel(this))
    , m_query(new QLineEdit(this))
    , m_searchButton(new QPushButton(this))
    , m_resultsTitle(new QLabel(this))
    , m_resultList(new QListView(this))
    , m_matterTitle(new QLabel(this))
    , m_materialList(new QListView(this))
    , m_summary(new QLabel(this))
    , m_notice(new QTextBrowser(this))
    , m_timer(new QLabel(this))
    , m_number(new QLabel(this))
    , m_message(new QLabel(this))
    , m_consultButton(new QPushButton(this))
    , m_issueButton(new QPushButton(this))
    , m_ticker(new QTimer(this))
{
    setObjectName(QStringLiteral("guidePage"));
    m_query->setObjectName(QStringLiteral("guideSearch"));
    m_searchButton->setObjectName(QStringLiteral("guideSearchButton"));
    m_resultList->setObjectName(QStringLiteral("guideResults"));
    m_matterTitle->setObjectName(QStringLiteral("guideMatterTitle"));
    m_materialList->setObjectName(QStringLiteral("guideMaterials"));
    m_summary->setObjectName(QStringLiteral("guidePrecheckSummary"));
    m_notice->setObjectName(QStringLiteral("oneTimeNotice"));
    m_timer->setObjectName(QStringLiteral("consultTimer"));
    m_number->setObjectName(QStringLiteral("issuedNumber"));
    m_message->setObjectName(QStringLiteral("guideMessage"));
    m_consultButton->setObjectName(QStringLiteral("consultOnlyButton"));
    m_issueButton->setObjectName(QStringLiteral("issueTicketButton"));

    QFont larger = m_query->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.25);
    m_query->setFont(larger);
    m_query->setClearButtonEnabled(true);
    setFocusProxy(m_query);
    m_resultList->setModel(m_results);
    m_resultList->setWordWrap(true);
    m_resultList->setUniformItemSizes(false);
    m_resultList->setSpacing(2);
    m_resultList->setAlternatingRowColors(true);
    m_materialList->setModel(m_materials);
    m_materialList->setSpacing(2);
    QFont title = m_matterTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_matterTitle->setFont(title);
    m_matterTitle->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(QStringLiteral("QLabel { background:#fff8e1; color:#5d4300; padding:6px; border-radius:4px; }"));
    m_notice->setOpenLinks(false);
    QFont big = m_number->font();
    big.setPointSize(28);
    big.setBold(true);
    m_number->setFont(big);
    m_number->setStyleSheet(QStringLiteral("color:#0b4f8a;"));
    m_message->setWordWrap(true);
    m_issueButton->setDefault(true);
    m_issueButton->setMinimumHeight(40);
    m_consultButton->setMinimumHeight(40);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_query, 1);
    searchRow->addWidget(m_searchButton);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_resultsTitle);
    leftLayout->addWidget(m_resultList, 1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_matterTitle);
    rightLayout->addWidget(m_materialList, 2);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_notice, 3);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_timer);
    actions->addSpacing(16);
    actions->addWidget(m_number);
    actions->addWidget(m_message, 1);
    actions->addWidget(m_consultButton);
    actions->addWidget(m_issueButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(split, 1);
    layout->addLayout(actions);

    connect(m_query, &QLineEdit::returnPressed, this, &GuidePage::search);
    connect(m_searchButton, &QPushButton::clicked, this, &GuidePage::search);
    connect(m_resultList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { selectMatter(current.row()); });
    connect(m_materials, &MaterialCheckModel::precheckChanged, this, &GuidePage::updateMatter);
    connect(m_issueButton, &QPushButton::clicked, this, &GuidePage::issueTicket);
    connect(m_consultButton, &QPushButton::clicked, this, &GuidePage::logConsultation);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &GuidePage::updateTimer);
    m_ticker->start();

    retranslate();
    updateMatter();
}

void GuidePage::search()
{
    const QString q = m_query->text().simplified();
    if (q.isEmpty())
        return;
    if (!m_consultStart.isValid())
        m_consultStart = m_session.clock().now();
    updateTimer();
    QPointer<GuidePage> self(this);
    GuideApi(m_session.api()).search(q, kHits, [self](Result<MatterSearchResult> r) {
        if (!self)
            return;
        if (!r) {
            self->showMessage(errorText(r.error()), true);
            return;
        }
        self->m_results->setResult(r.value(), self->m_session.catalogue());
        self->m_resultsTitle->setText(r.value().hits.isEmpty() ? tr("No matter matches “%1”.").arg(r.value().query)
                                                               : tr("Matters found: %n", nullptr, static_cast<int>(r.value().hits.size())));
        if (!r.value().hits.isEmpty())
            self->m_resultList->setCurrentIndex(self->m_results->index(0));
        else
            self->selectMatter(-1);
        Q_EMIT self->searched();
    });
}

void GuidePage::selectMatter(int row)
{
    const QString code = m_results->codeAt(row);
    const Catalogue *catalogue = m_session.catalogue();
    m_materials->setMatter(catalogue && !code.isEmpty() ? catalogue->service(code) : nullptr);
}

void GuidePage::updateMatter()
{
    const QString lang = LanguageManager::current();
    const ServiceItem *item = m_materials->matter();
    m_issueButton->setEnabled(item && !m_busy);
    if (!item) {
        m_matterTitle->setText(tr("Look up a matter: its name, code, pinyin initials, or the citizen's question."));
        m_summary->hide();
        m_notice->clear();
        return;
    }
    m_matterTitle->setText(tr("%1 (%2)").arg(item->name.in(lang), item->code));
    const MaterialPrecheck check = m_materials->precheck();
    m_summary->setText(PrecheckText::of(check, item, lang));
    m_summary->show();
    m_notice->setHtml(OneTimeNotice::html(*item, check, lang));
}

void GuidePage::updateTimer()
{
    if (!m_consultStart.isValid()) {
        m_timer->setText(tr("Consultation: not started"));
        return;
    }
    const qint64 s = std::max<qint64>(0, m_consultStart.secsTo(m_session.clock().now()));
    m_timer->setText(tr("Consultation: %1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0')));
}

void GuidePage::issueTicket()
{
    const ServiceItem *item = m_materials->matter();
    if (!item || m_busy)
        return;
    IssueTicketRequest request;
    request.services = {item->code};
    request.prechecks = {PrecheckEntry{item->code, m_materials->precheck().present}};
    m_busy = true;
    updateMatter();
    QPointer<GuidePage> self(this);
    QueueApi(m_session.api()).issueTicket(m_session.account().hallCode, request, [self](Result<QueuedTicket> r) {
        if (!self)
            return;
        self->m_busy = false;
        self->updateMatter();
        if (!r) {
            self->showMessage(errorText(r.error()), true);
            Q_EMIT self->refused(errorText(r.error()));
            return;
        }
        const QueuedTicket &t = r.value();
        self->m_number->setText(t.ticket.number);
        self->showMessage(t.wait ? tr("Ticket issued: %n waiting ahead.", nullptr, t.wait->peopleAhead) : tr("Ticket issued."), false);
        self->m_consultStart = {};
        self->updateTimer();
        Q_EMIT self->ticketIssued(t);
    });
}

void GuidePage::logConsultation()
{
    if (m_busy)
        return;
    ConsultationRequest request;
    if (const ServiceItem *item = m_materials->matter())
        request.service = item->code;
    request.channel = ConsultationChannel::GuideDesk;
    request.durationSeconds = m_consultStart.isValid() ? std::max<qint64>(0, m_consultStart.secsTo(m_session.clock().now())) : 0;
    m_busy = true;
    QPointer<GuidePage> self(this);
    GuideApi(m_session.api()).logConsultation(m_session.account().hallCode, request, [self](Result<Consultation> r) {
        if (!self)
            return;
        self->m_busy = false;
        self->updateMatter();
        if (!r) {
            self->showMessage(errorText(r.error()), true);
            Q_EMIT self->refused(errorText(r.error()));
            return;
        }
        self->m_number->clear();
        const qint64 s = r.value().durationSeconds;
        self->showMessage(tr("Consultation logged (%1 min %2 s).").arg(s / 60).arg(s % 60), false);
        self->m_consultStart = {};
        self->updateTimer();
        Q_EMIT self->consultationLogged(r.value());
    });
}

void GuidePage::showMessage(const QString &text, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("color:#b3261e;") : QStringLiteral("color:#1e7d32;"));
    m_message->setText(text);
}

void GuidePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void GuidePage::retranslate()
{
    m_query->setPlaceholderText(tr("Matter name, code, pinyin initials (e.g. shbzk) or the citizen's question"));
    m_searchButton->setText(tr("Look up"));
    if (m_results->rowCount() == 0)
        m_resultsTitle->setText(tr("Matters found"));
    m_consultButton->setText(tr("Consultation only"));
    m_issueButton->setText(tr("Issue ticket"));
    updateTimer();
    updateMatter();
}

} // namespace ow

#include "ui/desk/cases/CaseWorkPage.h"

#include "ui/desk/cases/PurposeDialog.h"

#include "core/client/CaseClient.h"
#include "core/client/ClientSession.h"
#include "core/domain/cases/CaseTypes.h"
#include "ui/common/CaseText.h"
#include "ui/common/LanguageManager.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ow {

namespace {

enum ListColumn { NumberColumn, MatterColumn, ApplicantColumn, StateColumn, DueColumn, LimitColumn, ListColumns };
enum TimelineColumn { AtColumn, StepColumn, ByColumn, WhereColumn, NoteColumn, TimelineColumns };

QColor limitColour(TimeLimitState state)
{
    switch (state) {
    case TimeLimitState::Overdue:
        return QColor(0xc6, 0x28, 0x28);
    case TimeLimitState::Warning:
        return QColor(0xef, 0x6c, 0x00);
    case TimeLimitState::OnTime:
        break;
    }
    return QColor(0x2e, 0x7d, 0x32);
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

QTableWidget *table(int columns, QWidget *parent)
{
    auto *t = new QTableWidget(0, columns, parent);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    return t;
}

} // namespace

CaseWorkPage::CaseWorkPage(ClientSession &session, CaseClient &cases, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_cases(cases)
    , m_title(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_searchButton(new QPushButton(this))
    , m_refreshButton(new QPushButton(this))
    , m_list(table(ListColumns, this))
    , m_header(new QLabel(this))
    , m_details(new QLabel(this))
    , m_maskedNote(new QLabel(this))
    , m_showFull(new QPushButton(this))
    , m_timelineTitle(new QLabel(this))
    , m_timeline(table(TimelineColumns, this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("caseWorkPage"));
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_list->setObjectName(QStringLiteral("caseWorklist"));
    m_header->setObjectName(QStringLiteral("caseHeader"));
    m_timeline->setObjectName(QStringLiteral("caseTimeline"));
    m_message->setObjectName(QStringLiteral("caseMessage"));
    m_maskedNote->setObjectName(QStringLiteral("caseMaskedNote"));
    m_showFull->setObjectName(QStringLiteral("caseShowFull"));
    m_maskedNote->setWordWrap(true);
    m_maskedNote->setStyleSheet(QStringLiteral("color:#8a6d3b;"));
    m_maskedNote->hide();
    m_showFull->hide();
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_message->setWordWrap(true);
    m_timeline->setWordWrap(true);

    // The steps a desk may take, each behind one button; the rules decide when it is enabled.
    const auto desk = m_session.isLoggedIn() ? caseDeskOf(m_session.account().role) : std::nullopt;
    QList<QPair<CaseAction, bool>> steps; // action, needs a note
    if (desk == CaseDesk::FrontOffice)
        steps = {{CaseAction::Verify, false}, {CaseAction::ReceiveSupplement, false}, {CaseAction::HandOut, false}};
    else if (desk == CaseDesk::Reviewer)
        steps = {{CaseAction::ReturnForSupplement, true}, {CaseAction::Escalate, true}};
    else if (desk == CaseDesk::Supervisor)
        steps = {{CaseAction::Assign, false}};
    steps += {{CaseAction::Reject, true}, {CaseAction::Approve, false}}; // everyone sees the decision, and why it is not theirs
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    for (const auto &[action, needsNote] : std::as_const(steps)) {
        auto *b = new QPushButton(this);
        b->setObjectName(QStringLiteral("caseAction:") + toString(action));
        b->setMinimumHeight(34);
        buttons->addWidget(b);
        m_steps.append({action, b, needsNote});
    }
    for (const Step &step : std::as_const(m_steps))
        connect(step.button, &QPushButton::clicked, this, [this, step] { onButton(step); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_search);
    top->addWidget(m_searchButton);
    top->addWidget(m_refreshButton);

    auto *detail = new QWidget(this);
    auto *dv = new QVBoxLayout(detail);
    dv->setContentsMargins(0, 0, 0, 0);
    dv->addWidget(m_header);
    dv->addWidget(m_details);
    auto *masked = new QHBoxLayout;
    masked->addWidget(m_maskedNote, 1);
    masked->addWidget(m_showFull);
    dv->addLayout(masked);
    dv->addWidget(m_timelineTitle);
    dv->addWidget(m_timeline, 1);
    dv->addWidget(m_message);
    dv->addLayout(buttons);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    split->addWidget(detail);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 6);

    auto *main = new QVBoxLayout(this);
    main->addLayout(top);
    main->addWidget(split, 1);

    connect(m_searchButton, &QPushButton::clicked, this, [this] { open(m_search->text().trimmed()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { open(m_search->text().trimmed()); });
    connect(m_refreshButton, &QPushButton::clicked, &m_cases, &CaseClient::refreshWorklist);
    connect(m_showFull, &QPushButton::clicked, this, &CaseWorkPage::showFull);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_list->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            open(m_list->item(rows.first().row(), NumberColumn)->text());
    });
    connect(&m_cases, &CaseClient::worklistChanged, this, &CaseWorkPage::fillList);
    connect(&m_session, &ClientSession::catalogueChanged, this, &CaseWorkPage::fillList); // matter names
    m_list->horizontalHeader()->setStretchLastSection(false);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(MatterColumn, QHeaderView::Stretch);
    m_list->setWordWrap(false);
    m_timeline->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeline->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    connect(&m_cases, &CaseClient::caseLoaded, this, &CaseWorkPage::showCase);
    connect(&m_cases, &CaseClient::caseChanged, this, [this](const CaseView &c) {
        if (c.number == m_case.number) {
            showCase(c);
            say(tr("Done: %1.").arg(CaseText::state(c.facts.state)));
        }
    });
    connect(&m_cases, &CaseClient::actionRefused, this, [this](const QString &number, const QString &text) {
        if (number == m_case.number) {
            say(text, true);
            open(number); // the case as it really stands
        }
    });
    connect(&m_cases, &CaseClient::message, this, [this](const QString &text) { say(text, true); });
    connect(&m_cases, &CaseClient::reviewersLoaded, this, &CaseWorkPage::chooseReviewer);
    retranslate();
    updateButtons();
    m_cases.refreshWorklist();
}

CaseActor CaseWorkPage::actor() const
{
    if (!m_session.isLoggedIn())
        return {};
    return {m_session.account().id, caseDeskOf(m_session.account().role).value_or(CaseDesk::FrontOffice)};
}

QPushButton *CaseWorkPage::button(CaseAction action) const
{
    for (const Step &s : m_steps) {
        if (s.action == action)
            return s.button;
    }
    return nullptr;
}

QString CaseWorkPage::serviceName(const QString &code) const
{
    const Catalogue *catalogue = m_session.catalogue();
    const ServiceItem *s = catalogue ? catalogue->service(code) : nullptr;
    return s ? s->name.in(LanguageManager::current()) : code;
}

QString CaseWorkPage::hallName(const QString &code) const
{
    for (const Hall &h : m_session.halls()) {
        if (h.code == code)
            return h.name.in(LanguageManager::current());
    }
    return code;
}

void CaseWorkPage::open(const QString &number)
{
    if (number.isEmpty() || number == m_case.number)
        return;
    m_message->clear();
    m_cases.open(number);
}

void CaseWorkPage::fillList()
{
    const QString selected = m_case.number;
    m_list->blockSignals(true);
    m_list->setRowCount(0);
    for (const CaseView &c : m_cases.worklist()) {
        const int row = m_list->rowCount();
        m_list->insertRow(row);
        const bool due = c.dueDate.isValid(); // cases without a time limit show none
        m_list->setItem(row, NumberColumn, cell(c.number));
        m_list->setItem(row, MatterColumn, cell(serviceName(c.serviceCode)));
        m_list->setItem(row, ApplicantColumn, cell(c.applicantName));
        m_list->setItem(row, StateColumn, cell(CaseText::state(c.facts.state)));
        m_list->setItem(row, DueColumn, cell(due ? c.dueDate.toString(Qt::ISODate) : QString()));
        auto *limitCell = cell(due ? CaseText::timeLimit(c.timeLimit) : QString());
        limitCell->setForeground(limitColour(c.timeLimit));
        m_list->setItem(row, LimitColumn, limitCell);
        if (c.number == selected)
            m_list->selectRow(row);
    }
    m_list->blockSignals(false);
    retranslate();
}

void CaseWorkPage::showCase(const CaseView &c)
{
    m_case = c;
    QString due;
    if (c.dueDate.isValid())
        due = tr("Promised by %1").arg(c.dueDate.toString(Qt::ISODate))
              + QStringLiteral(" <span style='color:%1;'>(%2)</span>").arg(limitColour(c.timeLimit).name(), CaseText::timeLimit(c.timeLimit));
    m_header->setText(QStringLiteral("<p style='font-size:14pt;'><b>%1</b> · %2</p><p><b>%3</b> &nbsp; %4</p>")
                          .arg(c.number.toHtmlEscaped(), serviceName(c.serviceCode).toHtmlEscaped(),
                               CaseText::state(c.facts.state).toHtmlEscaped(), due));
    m_details->setText(detailsOf(c));
    m_maskedNote->setVisible(c.personalDataMasked);
    m_showFull->setVisible(c.personalDataMasked);
    fillTimeline(c);
    updateButtons();
}

void CaseWorkPage::showFull()
{
    if (m_case.isEmpty())
        return;
    const QString purpose = PurposeDialog::ask(m_case.number, this);
    if (purpose.isEmpty())
        return; // cancelled: the data stays masked
    m_message->clear();
    m_cases.openWithPurpose(m_case.number, purpose);
}

// The applicant, the halls, the form with the catalogue's labels and the materials as recorded.
QString CaseWorkPage::detailsOf(const CaseView &c) const
{
    QString rows;
    const auto row = [&rows](const QString &label, const QString &value) {
        rows += QStringLiteral("<tr><td style='color:#555; padding-right:12px;'>%1</td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Applicant"), QStringLiteral("%1  %2  %3").arg(c.applicantName, c.applicantId, c.applicantPhone));
    row(tr("Accepted at"), hallName(c.hallCode));
    row(tr("Reviewed by"), hallName(c.officeHallCode));
    row(tr("Result collected at"), hallName(c.pickupHallCode));
    const Catalogue *catalogue = m_session.catalogue();
    if (const ServiceItem *s = catalogue ? catalogue->service(c.serviceCode) : nullptr) {
        const QString lang = LanguageManager::current();
        for (const FormField &f : s->fields) {
            const auto value = c.form.constFind(f.key);
            if (value == c.form.cend())
                continue;
            QString text = value->text();
            for (const ChoiceOption &o : f.options) {
                if (o.value == text)
                    text = o.label.in(lang);
            }
            row(f.label.in(lang), text);
        }
        QStringList held;
        for (const Material &m : s->materials)
            held << QStringLiteral("%1（%2）").arg(m.name.in(lang), CaseText::material(c.materials.value(m.code, MaterialStatus::Missing)));
        row(tr("Materials"), held.join(QStringLiteral("；")));
    }
    return QStringLiteral("<table>%1</table>").arg(rows);
}

void CaseWorkPage::fillTimeline(const CaseView &c)
{
    const bool english = LanguageManager::current() == QLatin1String("en");
    // The staff's name in the screen's language (the English one may be missing).
    const auto nameOf = [english](const QString &zh, const QString &en) { return english && !en.isEmpty() ? en : zh; };
    m_timeline->setRowCount(0);
    for (const CaseEvent &e : c.timeline) {
        const int r = m_timeline->rowCount();
        m_timeline->insertRow(r);
        const QDateTime at = e.at.toTimeZone(m_cases.timeZone());
        QString where = hallName(e.hallCode);
        if (e.window > 0)
            where += tr(" · window %1").arg(e.window);
        const QString by = e.bySystem() ? tr("automatic")
                           : e.actorName ? QStringLiteral("%1 (%2)").arg(nameOf(*e.actorName, e.actorNameEn), e.actor)
                                         : e.actor;
        QString note = e.note;
        if (e.assigneeId)
            note = tr("To %1 (%2)").arg(nameOf(e.assigneeName, e.assigneeNameEn), e.assigneeUsername)
                   + (note.isEmpty() ? QString() : QStringLiteral(" · ") + note);
        if (e.delivery == Delivery::Mailed)
            note = tr("By post") + (note.isEmpty() ? QString() : QStringLiteral(" · ") + note);
        m_timeline->setItem(r, AtColumn, cell(at.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        m_timeline->setItem(r, StepColumn, cell(CaseText::action(e.action)));
        m_timeline->setItem(r, ByColumn, cell(by));
        m_timeline->setItem(r, WhereColumn, cell(where));
        m_timeline->setItem(r, NoteColumn, cell(note));
    }
    m_timeline->resizeRowsToContents();
}

void CaseWorkPage::updateButtons()
{
    const bool open = !m_case.isEmpty();
    for (const Step &s : std::as_const(m_steps)) {
        const QString why = open ? CaseText::whyNot(m_case.facts, s.action, actor()) : QString();
        s.button->setEnabled(open && why.isEmpty());
        s.button->setToolTip(why);
    }
}

void CaseWorkPage::onButton(const Step &step)
{
    CaseStep chosen{step.action, QString(), 0, std::nullopt};
    bool ok = true;
    if (step.action == CaseAction::Assign) {
        m_cases.loadReviewers(m_case.number); // the choice follows
        return;
    }
    if (step.action == CaseAction::HandOut) {
        const QStringList ways{tr("Collected at this hall"), tr("Sent by post")};
        const QString way = QInputDialog::getItem(this, CaseText::action(step.action), tr("How is the result delivered?"), ways, 0, false, &ok);
        if (!ok)
            return;
        if (way == ways.at(1)) {
            chosen.delivery = Delivery::Mailed;
            chosen.note = QInputDialog::getText(this, way, tr("Address and tracking number:"), QLineEdit::Normal, QString(), &ok);
        }
    } else if (step.needsNote) {
        chosen.note = QInputDialog::getMultiLineText(this, CaseText::action(step.action), tr("The reason (the citizen is told):"), QString(), &ok);
    }
    if (ok)
        takeStep(chosen);
}

// A supervisor's reassignment: to a reviewer of the competent office who may take the case, or
// back to the automatic choice (skill, load, due date).
void CaseWorkPage::chooseReviewer(const QString &number, const QList<CaseReviewer> &reviewers)
{
    if (number != m_case.number)
        return;
    QStringList labels{tr("Automatic (skill, load and due date)")};
    QList<qint64> ids{0};
    for (const CaseReviewer &r : reviewers) {
        if (!r.eligible || r.current)
            continue;
        labels << tr("%1 (%2) · %n open case(s)", nullptr, r.openCases).arg(r.name, r.username);
        ids << r.id;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Reassign"), tr("Assign case %1 to:").arg(number), labels, 0, false, &ok);
    if (!ok)
        return;
    takeStep({CaseAction::Assign, QString(), ids.value(labels.indexOf(chosen)), std::nullopt});
}

void CaseWorkPage::act(CaseAction action, const QString &note)
{
    takeStep({action, note, 0, std::nullopt});
}

void CaseWorkPage::takeStep(const CaseStep &step)
{
    if (m_case.isEmpty())
        return;
    say(tr("Sending…"));
    m_cases.act(m_case.number, step);
}

void CaseWorkPage::say(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color:#c62828; font-weight:bold;") : QStringLiteral("color:#1b5e20;"));
}

void CaseWorkPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillList();
        if (!m_case.isEmpty())
            showCase(m_case);
    }
    QWidget::changeEvent(event);
}

void CaseWorkPage::retranslate()
{
    const auto desk = m_session.isLoggedIn() ? caseDeskOf(m_session.account().role) : std::nullopt;
    const int n = m_list->rowCount();
    if (desk == CaseDesk::Reviewer)
        m_title->setText(tr("My cases to review (%1)").arg(n));
    else if (desk == CaseDesk::Supervisor)
        m_title->setText(tr("Cases needing attention (%1): escalated, unassigned, due soon, overdue").arg(n));
    else
        m_title->setText(tr("Online applications to verify and results to hand out (%1)").arg(n));
    m_search->setPlaceholderText(tr("Case number"));
    m_searchButton->setText(tr("Open"));
    m_refreshButton->setText(tr("Refresh"));
    m_list->setHorizontalHeaderLabels({tr("Case number"), tr("Matter"), tr("Applicant"), tr("State"), tr("Promised by"), tr("Time limit")});
    m_timeline->setHorizontalHeaderLabels({tr("Time"), tr("Step"), tr("By"), tr("Where"), tr("Note")});
    m_timelineTitle->setText(tr("Timeline: every step, as it happened"));
    m_maskedNote->setText(tr("Personal data is masked: you are not working on this case."));
    m_showFull->setText(tr("Show full data…"));
    if (m_case.isEmpty())
        m_header->setText(tr("Choose a case from the list, or open one by its number."));
    for (const Step &s : std::as_const(m_steps)) {
        switch (s.action) {
        case CaseAction::Verify:
            s.button->setText(tr("Originals checked: accept"));
            break;
        case CaseAction::ReceiveSupplement:
            s.button->setText(tr("Supplement received"));
            break;
        case CaseAction::HandOut:
            s.button->setText(tr("Hand out…"));
            break;
        case CaseAction::ReturnForSupplement:
            s.button->setText(tr("Return for supplement…"));
            break;
        case CaseAction::Escalate:
            s.button->setText(tr("Escalate…"));
            break;
        case CaseAction::Assign:
            s.button->setText(tr("Reassign…"));
            break;
        case CaseAction::Reject:
            s.button->setText(tr("Reject…"));
            break;
        case CaseAction::Approve:
            s.button->setText(tr("Approve"));
            break;
        default:
            s.button->setText(CaseText::action(toString(s.action)));
            break;
        }
    }
}

} // namespace ow

#include "ui/desk/cases/CaseWorkPage.h"

#include "core/client/CaseClient.h"
#include "core/client/ClientSession.h"
#include "core/domain/cases/CaseTypes.h"
#include "ui/common/CaseText.h"
#include "ui/common/LanguageManager.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace ow {

namespace {

enum ListColumn { NumberColumn, MatterColumn, ApplicantColumn, StateColumn, DueColumn, LimitColumn, ListColumns };
enum TimelineColumn { AtColumn, StepColumn, ByColumn, WhereColumn, NoteColumn, TimelineColumns };

QColor limitColour(const QString &state)
{
    if (state == QLatin1String("overdue"))
        return QColor(0xc6, 0x28, 0x28);
    if (state == QLatin1String("warning"))
        return QColor(0xef, 0x6c, 0x00);
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
    connect(&m_cases, &CaseClient::caseChanged, this, [this](const QJsonObject &c) {
        if (c.value(QLatin1String("number")) == m_case.value(QLatin1String("number"))) {
            showCase(c);
            say(tr("Done: %1.").arg(CaseText::state(c.value(QLatin1String("state")).toString())));
        }
    });
    connect(&m_cases, &CaseClient::actionRefused, this, [this](const QString &number, const QString &text) {
        if (number == m_case.value(QLatin1String("number")).toString()) {
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
    if (number.isEmpty() || number == m_case.value(QLatin1String("number")).toString())
        return;
    m_message->clear();
    m_cases.open(number);
}

void CaseWorkPage::fillList()
{
    const QString selected = m_case.value(QLatin1String("number")).toString();
    m_list->blockSignals(true);
    m_list->setRowCount(0);
    for (const QJsonObject &c : m_cases.worklist()) {
        const int row = m_list->rowCount();
        m_list->insertRow(row);
        const QString limit = c.value(QLatin1String("time_limit")).toString();
        m_list->setItem(row, NumberColumn, cell(c.value(QLatin1String("number")).toString()));
        m_list->setItem(row, MatterColumn, cell(serviceName(c.value(QLatin1String("service")).toString())));
        m_list->setItem(row, ApplicantColumn, cell(c.value(QLatin1String("applicant")).toObject().value(QLatin1String("name")).toString()));
        m_list->setItem(row, StateColumn, cell(CaseText::state(c.value(QLatin1String("state")).toString())));
        m_list->setItem(row, DueColumn, cell(c.value(QLatin1String("due_date")).toString()));
        auto *limitCell = cell(CaseText::timeLimit(limit));
        limitCell->setForeground(limitColour(limit));
        m_list->setItem(row, LimitColumn, limitCell);
        if (c.value(QLatin1String("number")).toString() == selected)
            m_list->selectRow(row);
    }
    m_list->blockSignals(false);
    retranslate();
}

void CaseWorkPage::showCase(const QJsonObject &c)
{
    m_case = c;
    const QJsonObject applicant = c.value(QLatin1String("applicant")).toObject();
    const QString limit = c.value(QLatin1String("time_limit")).toString();
    QString due = c.value(QLatin1String("due_date")).toString();
    if (!due.isEmpty())
        due = tr("Promised by %1").arg(due) + QStringLiteral(" <span style='color:%1;'>(%2)</span>").arg(limitColour(limit).name(), CaseText::timeLimit(limit));
    m_header->setText(QStringLiteral("<p style='font-size:14pt;'><b>%1</b> · %2</p><p><b>%3</b> &nbsp; %4</p>")
                          .arg(c.value(QLatin1String("number")).toString().toHtmlEscaped(),
                               serviceName(c.value(QLatin1String("service")).toString()).toHtmlEscaped(),
                               CaseText::state(c.value(QLatin1String("state")).toString()).toHtmlEscaped(), due));
    QString rows;
    const auto row = [&rows](const QString &label, const QString &value) {
        rows += QStringLiteral("<tr><td style='color:#555; padding-right:12px;'>%1</td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Applicant"), QStringLiteral("%1  %2  %3").arg(applicant.value(QLatin1String("name")).toString(),
                                                          applicant.value(QLatin1String("id_number")).toString(),
                                                          applicant.value(QLatin1String("phone")).toString()));
    row(tr("Accepted at"), hallName(c.value(QLatin1String("hall")).toString()));
    row(tr("Reviewed by"), hallName(c.value(QLatin1String("office")).toString()));
    row(tr("Result collected at"), hallName(c.value(QLatin1String("pickup_hall")).toString()));
    const Catalogue *catalogue = m_session.catalogue();
    const ServiceItem *s = catalogue ? catalogue->service(c.value(QLatin1String("service")).toString()) : nullptr;
    const QJsonObject form = c.value(QLatin1String("form")).toObject();
    const QJsonObject materials = c.value(QLatin1String("materials")).toObject();
    if (s) {
        const QString lang = LanguageManager::current();
        for (const FormField &f : s->fields) {
            if (!form.contains(f.key))
                continue;
            QString value = form.value(f.key).toVariant().toString();
            for (const ChoiceOption &o : f.options) {
                if (o.value == value)
                    value = o.label.in(lang);
            }
            row(f.label.in(lang), value);
        }
        QStringList held;
        for (const Material &m : s->materials)
            held << QStringLiteral("%1（%2）").arg(m.name.in(lang), CaseText::material(materials.value(m.code).toString()));
        row(tr("Materials"), held.join(QStringLiteral("；")));
    }
    m_details->setText(QStringLiteral("<table>%1</table>").arg(rows));

    const QJsonArray timeline = c.value(QLatin1String("timeline")).toArray();
    m_timeline->setRowCount(0);
    for (const QJsonValue &v : timeline) {
        const QJsonObject e = v.toObject();
        const int r = m_timeline->rowCount();
        m_timeline->insertRow(r);
        const QDateTime at = QDateTime::fromString(e.value(QLatin1String("at")).toString(), Qt::ISODateWithMs).toTimeZone(QTimeZone("Asia/Shanghai"));
        QString where = hallName(e.value(QLatin1String("hall")).toString());
        if (e.value(QLatin1String("window")).toInt() > 0)
            where += tr(" · window %1").arg(e.value(QLatin1String("window")).toInt());
        const QString user = e.value(QLatin1String("actor")).toString();
        const auto nameOf = [&e](const char *zh, const char *en) { // the staff's name in the screen's language
            const QString english = e.value(QLatin1String(en)).toString();
            return LanguageManager::current() == QLatin1String("en") && !english.isEmpty() ? english : e.value(QLatin1String(zh)).toString();
        };
        const QString by = user == QLatin1String("system") ? tr("automatic")
                           : e.contains(QLatin1String("actor_name")) ? QStringLiteral("%1 (%2)").arg(nameOf("actor_name", "actor_name_en"), user)
                                                                     : user;
        QString note = e.value(QLatin1String("note")).toString();
        if (e.contains(QLatin1String("assignee_name")))
            note = tr("To %1 (%2)").arg(nameOf("assignee_name", "assignee_name_en"), e.value(QLatin1String("assignee_username")).toString())
                   + (note.isEmpty() ? QString() : QStringLiteral(" · ") + note);
        if (e.value(QLatin1String("delivery")).toString() == QLatin1String("mailed"))
            note = tr("By post") + (note.isEmpty() ? QString() : QStringLiteral(" · ") + note);
        m_timeline->setItem(r, AtColumn, cell(at.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        m_timeline->setItem(r, StepColumn, cell(CaseText::action(e.value(QLatin1String("action")).toString())));
        m_timeline->setItem(r, ByColumn, cell(by));
        m_timeline->setItem(r, WhereColumn, cell(where));
        m_timeline->setItem(r, NoteColumn, cell(note));
    }
    m_timeline->resizeRowsToContents();
    updateButtons();
}

void CaseWorkPage::updateButtons()
{
    const bool open = !m_case.isEmpty();
    const CaseFacts facts = CaseText::factsOf(m_case);
    for (const Step &s : std::as_const(m_steps)) {
        const QString why = open ? CaseText::whyNot(facts, s.action, actor()) : QString();
        s.button->setEnabled(open && why.isEmpty());
        s.button->setToolTip(why);
    }
}

void CaseWorkPage::onButton(const Step &step)
{
    QString note;
    QJsonObject extra;
    bool ok = true;
    if (step.action == CaseAction::Assign) {
        m_cases.loadReviewers(m_case.value(QLatin1String("number")).toString()); // the choice follows
        return;
    }
    if (step.action == CaseAction::HandOut) {
        const QStringList ways{tr("Collected at this hall"), tr("Sent by post")};
        const QString way = QInputDialog::getItem(this, CaseText::action(toString(step.action)), tr("How is the result delivered?"), ways, 0, false, &ok);
        if (!ok)
            return;
        if (way == ways.at(1)) {
            extra.insert(QLatin1String("delivery"), QStringLiteral("mailed"));
            note = QInputDialog::getText(this, way, tr("Address and tracking number:"), QLineEdit::Normal, QString(), &ok);
        }
    } else if (step.needsNote) {
        note = QInputDialog::getMultiLineText(this, CaseText::action(toString(step.action)), tr("The reason (the citizen is told):"), QString(), &ok);
    }
    if (ok)
        act(step.action, note, extra);
}

// A supervisor's reassignment: to a reviewer of the competent office who may take the case, or
// back to the automatic choice (skill, load, due date).
void CaseWorkPage::chooseReviewer(const QString &number, const QJsonArray &reviewers)
{
    if (number != m_case.value(QLatin1String("number")).toString())
        return;
    QStringList labels{tr("Automatic (skill, load and due date)")};
    QList<qint64> ids{0};
    for (const QJsonValue &v : reviewers) {
        const QJsonObject r = v.toObject();
        if (!r.value(QLatin1String("eligible")).toBool() || r.value(QLatin1String("current")).toBool())
            continue;
        labels << tr("%1 (%2) · %n open case(s)", nullptr, r.value(QLatin1String("open_cases")).toInt())
                      .arg(r.value(QLatin1String("name")).toString(), r.value(QLatin1String("username")).toString());
        ids << r.value(QLatin1String("id")).toInteger();
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Reassign"), tr("Assign case %1 to:").arg(number), labels, 0, false, &ok);
    if (!ok)
        return;
    const qint64 id = ids.value(labels.indexOf(chosen));
    act(CaseAction::Assign, QString(), id ? QJsonObject{{QLatin1String("assignee"), id}} : QJsonObject());
}

void CaseWorkPage::act(CaseAction action, const QString &note, const QJsonObject &extra)
{
    const QString number = m_case.value(QLatin1String("number")).toString();
    if (number.isEmpty())
        return;
    say(tr("Sending…"));
    m_cases.act(number, action, note, extra);
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

#include "ui/desk/supervision/RectificationForm.h"

#include "core/domain/catalogue/Catalogue.h"
#include "core/domain/org/AdminRules.h"
#include "core/domain/queue/RectificationRules.h"
#include "core/domain/util/Clock.h"
#include "ui/admin/FormFeedback.h"
#include "ui/common/LanguageManager.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ow {

namespace {

constexpr ContactChannel kChannels[] = {ContactChannel::Phone, ContactChannel::Sms, ContactChannel::Visit, ContactChannel::Other};
constexpr CitizenAnswer kAnswers[] = {CitizenAnswer::Satisfied, CitizenAnswer::NotSatisfied, CitizenAnswer::NotReached};

QString localTime(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

FieldProblems shown(const QList<RectificationRules::Problem> &problems)
{
    FieldProblems out;
    for (const auto &p : problems)
        out.append({p.field, RectificationRules::text(p)});
    return out;
}

QPlainTextEdit *textBox(QWidget *parent, const char *name)
{
    auto *box = new QPlainTextEdit(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setTabChangesFocus(true);
    box->setMaximumHeight(70);
    return box;
}

} // namespace

RectificationForm::RectificationForm(const Clock &clock, const std::optional<RectificationDetail> &detail, const Catalogue *catalogue,
                                     QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_detail(detail)
    , m_catalogue(catalogue)
    , m_summary(new QLabel(this))
    , m_historyTitle(new QLabel(this))
    , m_history(new QTableWidget(this))
    , m_contactGroup(new QGroupBox(this))
    , m_contactedAtLabel(new QLabel(m_contactGroup))
    , m_contactedAt(new QDateTimeEdit(m_contactGroup))
    , m_channelLabel(new QLabel(m_contactGroup))
    , m_channel(new QComboBox(m_contactGroup))
    , m_answerLabel(new QLabel(m_contactGroup))
    , m_answer(new QComboBox(m_contactGroup))
    , m_noteLabel(new QLabel(m_contactGroup))
    , m_note(new QLineEdit(m_contactGroup))
    , m_contactProblem(new QLabel(m_contactGroup))
    , m_record(new QPushButton(m_contactGroup))
    , m_closeGroup(new QGroupBox(this))
    , m_causeLabel(new QLabel(m_closeGroup))
    , m_cause(textBox(m_closeGroup, "rectificationCause"))
    , m_actionLabel(new QLabel(m_closeGroup))
    , m_action(textBox(m_closeGroup, "rectificationAction"))
    , m_closeProblem(new QLabel(m_closeGroup))
    , m_close(new QPushButton(m_closeGroup))
    , m_closure(new QLabel(this))
    , m_contactFeedback(new FormFeedback(m_record, m_contactProblem, this))
    , m_closeFeedback(new FormFeedback(m_close, m_closeProblem, this))
{
    setObjectName(QStringLiteral("rectificationForm"));
    m_summary->setObjectName(QStringLiteral("rectificationSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_history->setObjectName(QStringLiteral("contactHistory"));
    m_history->setColumnCount(7);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_contactGroup->setObjectName(QStringLiteral("contactGroup"));
    m_closeGroup->setObjectName(QStringLiteral("closeGroup"));
    m_contactedAt->setObjectName(QStringLiteral("contactedAt"));
    m_contactedAt->setCalendarPopup(true);
    m_contactedAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_channel->setObjectName(QStringLiteral("contactChannel"));
    m_answer->setObjectName(QStringLiteral("citizenAnswer"));
    m_note->setObjectName(QStringLiteral("contactNote"));
    m_note->setMaxLength(RectificationRules::kMaxText + 1); // one more, so the rule is what says it
    m_contactProblem->setObjectName(QStringLiteral("contactProblem"));
    m_record->setObjectName(QStringLiteral("recordContactButton"));
    m_closeProblem->setObjectName(QStringLiteral("closeProblem"));
    m_close->setObjectName(QStringLiteral("closeRectificationButton"));
    m_closure->setObjectName(QStringLiteral("closureSummary"));
    m_closure->setWordWrap(true);
    m_channel->addItem(QString());
    for (ContactChannel c : kChannels)
        m_channel->addItem(QString(), toString(c));
    m_answer->addItem(QString());
    for (CitizenAnswer a : kAnswers)
        m_answer->addItem(QString(), toString(a));

    auto *contact = new QFormLayout(m_contactGroup);
    contact->addRow(m_contactedAtLabel, m_contactFeedback->wrap(QStringLiteral("contacted_at"), m_contactedAt));
    contact->addRow(m_channelLabel, m_contactFeedback->wrap(QStringLiteral("channel"), m_channel));
    contact->addRow(m_answerLabel, m_contactFeedback->wrap(QStringLiteral("answer"), m_answer));
    contact->addRow(m_noteLabel, m_contactFeedback->wrap(QStringLiteral("note"), m_note));
    auto *contactButtons = new QHBoxLayout;
    contactButtons->addWidget(m_contactProblem, 1);
    contactButtons->addWidget(m_record);
    contact->addRow(contactButtons);
    auto *closeForm = new QFormLayout(m_closeGroup);
    closeForm->addRow(m_causeLabel, m_closeFeedback->wrap(QStringLiteral("cause"), m_cause));
    closeForm->addRow(m_actionLabel, m_closeFeedback->wrap(QStringLiteral("action"), m_action));
    auto *closeButtons = new QHBoxLayout;
    closeButtons->addWidget(m_closeProblem, 1);
    closeButtons->addWidget(m_close);
    closeForm->addRow(closeButtons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_historyTitle);
    layout->addWidget(m_history, 1);
    layout->addWidget(m_contactGroup);
    layout->addWidget(m_closeGroup);
    layout->addWidget(m_closure);

    connect(m_contactedAt, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_contactFeedback->touch(QStringLiteral("contacted_at"));
        revalidate();
    });
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] {
        m_contactFeedback->touch(QStringLiteral("channel"));
        revalidate();
    });
    connect(m_answer, &QComboBox::currentIndexChanged, this, [this] {
        m_contactFeedback->touch(QStringLiteral("answer"));
        revalidate();
    });
    connect(m_note, &QLineEdit::textEdited, this, [this] {
        m_contactFeedback->touch(QStringLiteral("note"));
        revalidate();
    });
    connect(m_cause, &QPlainTextEdit::textChanged, this, [this] {
        m_closeFeedback->touch(QStringLiteral("cause"));
        revalidate();
    });
    connect(m_action, &QPlainTextEdit::textChanged, this, [this] {
        m_closeFeedback->touch(QStringLiteral("action"));
        revalidate();
    });
    connect(m_record, &QPushButton::clicked, this, [this] { Q_EMIT followUpRequested(followUp()); });
    connect(m_close, &QPushButton::clicked, this, [this] { Q_EMIT closeRequested(closing()); });
    // The last cause and action found, as a start for the closing (the closing's own once closed).
    const RectificationFollowUp *last = detail && !detail->followUps.isEmpty() ? &detail->followUps.last() : nullptr;
    {
        const QSignalBlocker c(m_cause), a(m_action), t(m_contactedAt);
        m_cause->setPlainText(detail && detail->closure ? detail->closure->cause : last ? last->cause : QString());
        m_action->setPlainText(detail && detail->closure ? detail->closure->action : last ? last->action : QString());
        m_contactedAt->setDateTime(m_clock.now().toLocalTime());
    }
    const bool open = detail && !detail->closure;
    m_contactGroup->setEnabled(open);
    m_closeGroup->setEnabled(open);
    retranslate();
}

FollowUpRequest RectificationForm::followUp() const
{
    FollowUpRequest r;
    r.contactedAt = m_contactedAt->dateTime().toUTC();
    if (m_channel->currentIndex() > 0)
        r.channel = contactChannelFromString(m_channel->currentData().toString());
    if (m_answer->currentIndex() > 0)
        r.answer = citizenAnswerFromString(m_answer->currentData().toString());
    r.cause = m_cause->toPlainText().trimmed();
    r.action = m_action->toPlainText().trimmed();
    r.note = m_note->text().trimmed();
    return r;
}

CloseRectificationRequest RectificationForm::closing() const
{
    return {m_cause->toPlainText().trimmed(), m_action->toPlainText().trimmed(), {}};
}

void RectificationForm::setDetail(const RectificationDetail &detail)
{
    if (!m_detail || detail.rectification.id != m_detail->rectification.id)
        return;
    m_detail = detail;
    const bool open = !detail.closure;
    m_contactGroup->setEnabled(open);
    m_closeGroup->setEnabled(open);
    redrawDetail();
    revalidate();
}

void RectificationForm::contactRecorded()
{
    m_contactedAt->setDateTime(m_clock.now().toLocalTime());
    m_note->clear();
    revalidate();
}

void RectificationForm::setBusy(bool busy)
{
    m_contactFeedback->setBusy(busy);
    m_closeFeedback->setBusy(busy);
}

void RectificationForm::showContactRefusal(const QString &message, const QHash<QString, QString> &fields)
{
    m_contactFeedback->showRefusal(message, fields);
}

void RectificationForm::showCloseRefusal(const QString &message, const QHash<QString, QString> &fields)
{
    m_closeFeedback->showRefusal(message, fields);
}

void RectificationForm::revalidate()
{
    const QDateTime ratedAt = m_detail ? m_detail->ratedAt : QDateTime();
    m_contactFeedback->show(shown(RectificationRules::checkFollowUp(followUp(), ratedAt, m_clock.now())));
    FieldProblems close = shown(RectificationRules::checkClose(closing()));
    const int contacts = m_detail ? static_cast<int>(m_detail->followUps.size()) : 0;
    const bool closed = m_detail && m_detail->closure;
    const char *blocker = RectificationRules::closeBlocker(closed, contacts);
    if (blocker && !closed) // closed: the closing's own line says so
        close.prepend({QStringLiteral("follow_ups"), RectificationRules::text({QStringLiteral("follow_ups"), blocker})});
    m_closeFeedback->show(close);
}

void RectificationForm::redrawDetail()
{
    m_history->setRowCount(0);
    m_closure->clear();
    if (!m_detail) {
        m_summary->setText(tr("Select a rectification in the list."));
        return;
    }
    const RectificationDetail &d = *m_detail;
    const RectificationItem &r = d.rectification;
    const QString lang = LanguageManager::current();
    QString matter = d.serviceName.in(lang);
    if (matter.isEmpty() && m_catalogue) {
        if (const ServiceItem *s = m_catalogue->service(r.service))
            matter = s->name.in(lang);
    }
    const QString state = r.state == RectificationState::Overdue
                              ? QStringLiteral("<span style='color:#b3261e'><b>%1</b></span>").arg(rectificationStateText(r.state))
                              : rectificationStateText(r.state);
    m_summary->setText(tr("<b>Ticket %1</b> of %2 · %3 · rated %4 on %5<br>Served at window %6 by %7 (%8)<br>Due %9 · %10")
                           .arg(r.ticket.toHtmlEscaped(), d.ticketServiceDay, matter.toHtmlEscaped(), ratingLevelText(r.level),
                                localTime(d.ratedAt), QString::number(r.window), r.tellerName.toHtmlEscaped(),
                                r.tellerStaffNo.toHtmlEscaped(), r.dueDay.toString(Qt::ISODate))
                           .arg(state));
    m_history->setRowCount(static_cast<int>(d.followUps.size()));
    for (int i = 0; i < d.followUps.size(); ++i) {
        const RectificationFollowUp &f = d.followUps.at(i);
        const QStringList cells{localTime(f.contactedAt), contactChannelText(f.channel), citizenAnswerText(f.answer), f.cause, f.action,
                                f.note, f.recordedByName};
        for (int c = 0; c < cells.size(); ++c)
            m_history->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    if (d.closure) {
        const RectificationClosure &c = *d.closure;
        m_closure->setText((c.late ? tr("Closed late on %1 by %2; the citizen's answer: %3.") : tr("Closed on %1 by %2; the citizen's answer: %3."))
                               .arg(localTime(c.closedAt), c.closedByName, citizenAnswerText(c.answer)));
    }
}

void RectificationForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RectificationForm::retranslate()
{
    m_historyTitle->setText(tr("Contacts with the citizen"));
    m_history->setHorizontalHeaderLabels({tr("When"), tr("How"), tr("Answer"), tr("Cause found"), tr("Action taken"), tr("Note"), tr("Recorded by")});
    m_contactGroup->setTitle(tr("Record a contact"));
    m_contactedAtLabel->setText(tr("Contacted at:"));
    m_channelLabel->setText(tr("How:"));
    m_answerLabel->setText(tr("Citizen's answer:"));
    m_noteLabel->setText(tr("Note:"));
    m_record->setText(tr("Record contact"));
    m_closeGroup->setTitle(tr("Close the rectification"));
    m_causeLabel->setText(tr("Cause found:"));
    m_actionLabel->setText(tr("Action taken:"));
    m_close->setText(tr("Close rectification"));
    m_channel->setItemText(0, tr("— choose —"));
    for (int i = 0; i < static_cast<int>(std::size(kChannels)); ++i)
        m_channel->setItemText(i + 1, contactChannelText(kChannels[i]));
    m_answer->setItemText(0, tr("— choose —"));
    for (int i = 0; i < static_cast<int>(std::size(kAnswers)); ++i)
        m_answer->setItemText(i + 1, citizenAnswerText(kAnswers[i]));
    redrawDetail();
    revalidate();
}

} // namespace ow

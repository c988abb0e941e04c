#pragma once

#include "core/domain/api/RectificationBodies.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace ow {

class Catalogue;
class Clock;
class FormFeedback;

// One rectification as the supervisor works on it: what it is about (ticket, rating, matter,
// teller, window, due day), the contacts recorded, a contact to record (when, how, the citizen's
// answer) and the closing (the cause found, the action taken). Both parts are checked as the
// supervisor types (RectificationRules): each button waits until its part is sound, and closing
// also until the citizen was contacted once. One form per rectification (none: an empty,
// disabled form), so what was typed and shown for one never shows for another. The page sends
// what is asked (followUpRequested, closeRequested) and hands the answer back.
class RectificationForm : public QWidget
{
    Q_OBJECT
public:
    RectificationForm(const Clock &clock, const std::optional<RectificationDetail> &detail, const Catalogue *catalogue,
                      QWidget *parent = nullptr);

    // The same rectification as the server answered it now (another one: ignored).
    void setDetail(const RectificationDetail &detail);
    const std::optional<RectificationDetail> &detail() const { return m_detail; }
    FollowUpRequest followUp() const;
    CloseRectificationRequest closing() const;

    // Waiting for the server; its refusal (message, and field → reason) when it refused.
    void setBusy(bool busy);
    void showContactRefusal(const QString &message, const QHash<QString, QString> &fields);
    void showCloseRefusal(const QString &message, const QHash<QString, QString> &fields);
    // The contact was recorded: the next one is now, with a new note (how and the answer stay).
    void contactRecorded();

    FormFeedback &contactFeedback() { return *m_contactFeedback; }
    FormFeedback &closeFeedback() { return *m_closeFeedback; }

Q_SIGNALS:
    void followUpRequested(const ow::FollowUpRequest &request);
    void closeRequested(const ow::CloseRectificationRequest &request);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void revalidate();
    void redrawDetail();

    const Clock &m_clock;
    std::optional<RectificationDetail> m_detail;
    const Catalogue *m_catalogue = nullptr;
    QLabel *m_summary;
    QLabel *m_historyTitle;
    QTableWidget *m_history;
    QGroupBox *m_contactGroup;
    QLabel *m_contactedAtLabel;
    QDateTimeEdit *m_contactedAt;
    QLabel *m_channelLabel;
    QComboBox *m_channel;
    QLabel *m_answerLabel;
    QComboBox *m_answer;
    QLabel *m_noteLabel;
    QLineEdit *m_note;
    QLabel *m_contactProblem;
    QPushButton *m_record;
    QGroupBox *m_closeGroup;
    QLabel *m_causeLabel;
    QPlainTextEdit *m_cause;
    QLabel *m_actionLabel;
    QPlainTextEdit *m_action;
    QLabel *m_closeProblem;
    QPushButton *m_close;
    QLabel *m_closure;
    FormFeedback *m_contactFeedback;
    FormFeedback *m_closeFeedback;
};

} // namespace ow

#include "ui/admin/FormFeedback.h"

#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QVBoxLayout>
#include <QWidget>

namespace ow {

namespace {

const QString kErrorColour = QStringLiteral("#b3261e");

void markInvalid(QWidget *input, bool invalid)
{
    if (input->property("invalid").toBool() == invalid)
        return;
    input->setProperty("invalid", invalid);
    input->style()->unpolish(input);
    input->style()->polish(input);
    input->update();
}

} // namespace

FormFeedback::FormFeedback(QPushButton *ok, QLabel *summary, QObject *parent) : QObject(parent), m_ok(ok), m_summary(summary)
{
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(QStringLiteral("color:%1;").arg(kErrorColour));
}

QWidget *FormFeedback::wrap(const QString &field, QWidget *input)
{
    auto *box = new QWidget(input->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    input->setParent(box);
    layout->addWidget(input);
    auto *message = new QLabel(box);
    message->setObjectName(field + QStringLiteral("Problem"));
    message->setWordWrap(true);
    message->setStyleSheet(QStringLiteral("color:%1; font-size:small;").arg(kErrorColour));
    message->hide();
    layout->addWidget(message);
    m_fields.insert(field, {input, message});
    // Invalid inputs get a red frame; the style sheet sits on the input, so the rest of the form
    // keeps the platform's look.
    input->setStyleSheet(input->styleSheet()
                         + QStringLiteral("*[invalid=\"true\"] { border: 1px solid %1; border-radius: 3px; }").arg(kErrorColour));
    return box;
}

void FormFeedback::touch(const QString &field)
{
    m_touched.insert(field);
    m_server.remove(field);
    m_serverMessage.clear();
}

void FormFeedback::show(const FieldProblems &problems)
{
    m_problems = problems;
    redraw();
}

void FormFeedback::showRefusal(const QString &message, const QHash<QString, QString> &fields)
{
    m_server.clear();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        QString field = it.key();
        const qsizetype cut = field.indexOf(QRegularExpression(QStringLiteral("[\\[.]")));
        if (cut > 0)
            field.truncate(cut);
        if (!m_server.contains(field))
            m_server.insert(field, it.value());
    }
    m_serverMessage = message;
    redraw();
}

void FormFeedback::setBusy(bool busy)
{
    m_busy = busy;
    redraw();
}

QString FormFeedback::shownProblem(const QString &field) const
{
    const auto it = m_fields.find(field);
    return it != m_fields.end() && !it->message->isHidden() ? it->message->text() : QString();
}

void FormFeedback::redraw()
{
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        QString text = m_server.value(it.key());
        if (text.isEmpty() && m_touched.contains(it.key())) {
            for (const FieldProblem &p : m_problems) {
                if (p.field == it.key()) {
                    text = p.message;
                    break;
                }
            }
        }
        it->message->setText(text);
        it->message->setVisible(!text.isEmpty());
        markInvalid(it->input, !text.isEmpty());
    }
    QString summary = m_serverMessage;
    if (summary.isEmpty() && !m_problems.isEmpty())
        summary = m_problems.first().message;
    m_summary->setText(summary);
    m_ok->setEnabled(!m_busy && m_problems.isEmpty());
}

} // namespace ow

#pragma once

#include "core/domain/org/AdminRules.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QLabel;
class QPushButton;
class QWidget;

namespace ow {

// How a form shows its problems as the administrator types: each field's own problem in red under
// it (once the field was edited, or the server named it), the first problem of the whole form
// beside the buttons, and the OK button disabled until there is none. The fields are named as the
// API names them, so a refusal of the server lands under the same field.
class FormFeedback : public QObject
{
    Q_OBJECT
public:
    FormFeedback(QPushButton *ok, QLabel *summary, QObject *parent = nullptr);

    // The input of `field` inside a box with room for its problem underneath: put the box in the form.
    QWidget *wrap(const QString &field, QWidget *input);
    // The field was edited: its problems show from now on.
    void touch(const QString &field);
    // The problems as they are now (the rules' answer); the server's are forgotten for the fields edited since.
    void show(const FieldProblems &problems);
    // The server refused: its message, and the fields it named (e.g. "hours[0].open" shows under "hours").
    void showRefusal(const QString &message, const QHash<QString, QString> &fields);
    // The buttons wait for the server's answer.
    void setBusy(bool busy);

    bool isValid() const { return m_problems.isEmpty(); }
    // The problem shown under a field ("" when none is shown), for tests and screen readers.
    QString shownProblem(const QString &field) const;

private:
    void redraw();

    struct Field
    {
        QWidget *input = nullptr;
        QLabel *message = nullptr;
    };
    QPushButton *m_ok;
    QLabel *m_summary;
    QHash<QString, Field> m_fields;
    QSet<QString> m_touched;
    FieldProblems m_problems;
    QHash<QString, QString> m_server; // field → the server's reason, until the field is edited
    QString m_serverMessage;
    bool m_busy = false;
};

} // namespace ow

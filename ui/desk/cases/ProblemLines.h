#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

class QLabel;
class QWidget;

namespace ow {

// The red lines under an application's fields, one per field key as the API names it
// (applicant.name, form.<key>, …), so a problem from the window's check or from the server lands
// under its own field. The labels belong to the widgets that show them.
class ProblemLines
{
public:
    // A new, hidden line for `key` (object name "problem:<key>").
    QLabel *make(const QString &key);
    void forget(const QString &key) { m_lines.remove(key); }
    bool has(const QString &key) const { return m_lines.contains(key); }
    QLabel *line(const QString &key) const { return m_lines.value(key); }
    // Shows each problem under its field and clears the others; answers the problems that have
    // no line of their own.
    QStringList show(const QHash<QString, QString> &problems) const;

    // An editor with its problem line below it, as one row of a form.
    static QWidget *withLine(QWidget *editor, QLabel *line);

private:
    QHash<QString, QLabel *> m_lines;
};

} // namespace ow

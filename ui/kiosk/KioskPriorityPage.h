#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace ow {

// Priority service (绿色通道): one button per priority group of the hall (KioskText::
// priorityGroups(), the hall's queue rules), and "none".
class KioskPriorityPage : public QWidget
{
    Q_OBJECT
public:
    explicit KioskPriorityPage(QWidget *parent = nullptr);

    void showChosen(const QString &group); // empty: none
    // The hall's groups changed (read from the server): the buttons anew.
    void showGroups();
    void retranslate();

Q_SIGNALS:
    void chosen(const QString &group);

private:
    QLabel *m_title = nullptr;
    QLabel *m_hint = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<QPushButton *> m_buttons; // each with its "group" property; the last one is "none"
};

} // namespace ow

#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace ow {

// Priority service (绿色通道): one button per priority group the server accepts, and "none".
class KioskPriorityPage : public QWidget
{
    Q_OBJECT
public:
    explicit KioskPriorityPage(QWidget *parent = nullptr);

    void showChosen(const QString &group); // empty: none
    void retranslate();

Q_SIGNALS:
    void chosen(const QString &group);

private:
    QLabel *m_title = nullptr;
    QLabel *m_hint = nullptr;
    QList<QPushButton *> m_buttons; // each with its "group" property; the last one is "none"
};

} // namespace ow

#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;

namespace ow {

class ClientSession;
struct KioskChoices;

// The matters of the category being browsed, three to a row; those chosen already are marked.
class KioskMattersPage : public QWidget
{
    Q_OBJECT
public:
    KioskMattersPage(const ClientSession &session, const KioskChoices &choices, QWidget *parent = nullptr);

    void fill(); // the matters of choices.category
    void retranslate();

Q_SIGNALS:
    void matterChosen(const QString &code);

private:
    const ClientSession &m_session;
    const KioskChoices &m_choices;
    QLabel *m_title = nullptr;
    QLabel *m_hint = nullptr;
    QGridLayout *m_grid = nullptr;
};

} // namespace ow

#pragma once

#include <QFont>
#include <QList>
#include <QString>
#include <QVariant>

class QLabel;
class QLayout;
class QPushButton;
class QVBoxLayout;
class QWidget;

namespace ow {

// How the kiosk looks, in one place: its style sheet, its fonts, and the few kinds of widget its
// pages are made of (titled with a `kiosk` role the style sheet picks up). Sizes are for a hall
// screen seen from arm's length: text ≥ 26 px, buttons ≥ 88 px high.
class KioskStyle
{
public:
    static QString styleSheet();
    // Simplified-Chinese glyph shapes first; fontconfig would otherwise pick any CJK face.
    static QFont font();
    // For codes typed on a keypad, where every character takes the same room.
    static QFont monoFont();

    // A page of the kiosk: its vertical layout, with the page margins.
    static QVBoxLayout *pageLayout(QWidget *page);
    static QLabel *label(const QString &objectName, const char *role, QWidget *parent);
    // The keypad pages (ID number, appointment code, case number): the line of what was typed,
    // the line that says what is wrong with it, and the page around them — title, hint, those two
    // lines with the page's buttons below on the left, the keypad on the right.
    static QLabel *entryDisplay(const QString &objectName, QWidget *parent);
    static QLabel *entryMessage(const QString &objectName, QWidget *parent);
    static void keypadPage(QVBoxLayout *page, QLabel *title, QLabel *hint, QLabel *display, QLabel *message, QLayout *buttons,
                           QWidget *keypad);
    // The buttons row of a keypad page with only a confirm button, on the right.
    static QLayout *confirmRow(QPushButton *confirm);
    static QPushButton *button(const QString &objectName, const char *role, QWidget *parent);
    // A button whose text wraps (long matter names need two lines), with an optional badge before it.
    static QPushButton *wrappingButton(const QString &objectName, const char *role, const QString &text, QWidget *parent,
                                       QLabel *badge = nullptr);
    // Empties a layout that is refilled.
    static void clearLayout(QLayout *layout);
    // Sets a property the style sheet selects on (state="error", chosen=true) and restyles.
    static void setState(QWidget *w, const char *name, const QVariant &value);
    // `typed` followed by grey blanks up to `length` characters, as rich text; a space goes
    // before each position in `gaps` (groups such as region · birth date · sequence).
    static QString blanks(const QString &typed, int length, const QList<int> &gaps = {});
};

} // namespace ow

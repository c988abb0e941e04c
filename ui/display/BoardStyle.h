#pragma once

#include <QFont>

class QLabel;
class QWidget;

namespace ow {

// The hall display's lettering, shared by the board and its panels: Simplified-Chinese faces
// first, sizes in pixels (the board scales them to its screen), plain-text labels named for the
// style sheet and for tests.
QFont boardFont(int pixels, bool bold);
QLabel *boardLabel(const char *name, QWidget *parent);

} // namespace ow

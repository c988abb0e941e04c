#include "ui/display/BoardStyle.h"

#include <QLabel>

#include <algorithm>

namespace ow {

QFont boardFont(int pixels, bool bold)
{
    QFont f;
    // Simplified-Chinese glyphs first: the CJK families fall back to Japanese forms otherwise.
    f.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"), QStringLiteral("Microsoft YaHei"),
                   QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans")});
    f.setPixelSize(std::max(8, pixels));
    f.setBold(bold);
    return f;
}

QLabel *boardLabel(const char *name, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(name));
    l->setTextFormat(Qt::PlainText);
    return l;
}

} // namespace ow

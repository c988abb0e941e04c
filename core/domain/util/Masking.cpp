#include "core/domain/util/Masking.h"

#include <QList>

namespace ow {

namespace {
QString keepEnds(const QString &text, qsizetype head, qsizetype tail)
{
    if (text.size() <= head + tail)
        return QString(text.size(), QLatin1Char('*'));
    return text.left(head) + QString(text.size() - head - tail, QLatin1Char('*')) + text.right(tail);
}
} // namespace

QString mask(PersonalData kind, const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    switch (kind) {
    case PersonalData::Name: {
        // Count characters, not UTF-16 units: rare name characters (生僻字) lie outside the BMP,
        // and cutting one in half would leave a lone surrogate.
        const qsizetype first = text.front().isHighSurrogate() && text.size() > 1 ? 2 : 1;
        const qsizetype rest = QStringView(text).mid(first).toUcs4().size();
        if (rest == 0)
            return QStringLiteral("*");
        return text.left(first) + QString(rest, QLatin1Char('*'));
    }
    case PersonalData::ResidentIdNumber:
        return keepEnds(text, 4, 4);
    case PersonalData::Phone:
        return keepEnds(text, 3, 4);
    case PersonalData::CardNumber:
        return keepEnds(text, 0, 4);
    }
    return QString(text.size(), QLatin1Char('*'));
}

} // namespace ow

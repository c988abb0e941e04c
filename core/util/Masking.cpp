#include "core/util/Masking.h"

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
    case PersonalData::Name:
        if (text.size() == 1)
            return QStringLiteral("*");
        return text.left(1) + QString(text.size() - 1, QLatin1Char('*'));
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

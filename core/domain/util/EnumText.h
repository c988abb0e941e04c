#pragma once

#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace ow {

// The one mapping between an enum and its wire/SQL text, so JSON and SQL never disagree.
template<typename E, std::size_t N>
class EnumText
{
public:
    constexpr explicit EnumText(std::array<std::pair<E, const char *>, N> entries) : m_entries(entries) {}

    QString toString(E value) const
    {
        for (const auto &[e, name] : m_entries) {
            if (e == value)
                return QString::fromLatin1(name);
        }
        return {};
    }

    std::optional<E> fromString(QStringView text) const
    {
        for (const auto &[e, name] : m_entries) {
            if (text == QLatin1String(name))
                return e;
        }
        return std::nullopt;
    }

private:
    std::array<std::pair<E, const char *>, N> m_entries;
};

} // namespace ow

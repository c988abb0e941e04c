#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Shared by the libFuzzer targets: a property that must hold for every input. A failure prints
// what was expected and aborts, so libFuzzer keeps the input as a crash (crash-<sha1>) and the
// smoke test fails.
namespace ow::fuzz {

inline void require(bool holds, const char *what, const QByteArray &detail = {})
{
    if (holds)
        return;
    std::fprintf(stderr, "\n*** fuzz property failed: %s\n", what);
    if (!detail.isEmpty())
        std::fprintf(stderr, "%s\n", detail.constData());
    std::abort();
}

inline QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

} // namespace ow::fuzz

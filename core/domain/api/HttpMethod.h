#pragma once

#include <QString>

#include <optional>

namespace ow {

// The methods of the API, with their names as HTTP writes them — one table for the server's
// router and logs, the outbox's replayed calls and the sync's checks.
enum class HttpMethod { Get, Post, Put, Patch, Delete, Other };
QString toString(HttpMethod method); // GET, POST, PUT, PATCH, DELETE; OTHER
std::optional<HttpMethod> httpMethodFromString(QStringView name);
// Whether a queued call may be replayed by a sync push: the changing methods.
bool isReplayable(HttpMethod method);

} // namespace ow

#include "core/domain/api/HttpMethod.h"

#include "core/domain/util/EnumText.h"

namespace ow {

namespace {
constexpr EnumText<HttpMethod, 6> kMethods{{{{HttpMethod::Get, "GET"},
                                             {HttpMethod::Post, "POST"},
                                             {HttpMethod::Put, "PUT"},
                                             {HttpMethod::Patch, "PATCH"},
                                             {HttpMethod::Delete, "DELETE"},
                                             {HttpMethod::Other, "OTHER"}}}};
} // namespace

QString toString(HttpMethod method) { return kMethods.toString(method); }
std::optional<HttpMethod> httpMethodFromString(QStringView name) { return kMethods.fromString(name); }

bool isReplayable(HttpMethod method)
{
    return method == HttpMethod::Post || method == HttpMethod::Put || method == HttpMethod::Patch || method == HttpMethod::Delete;
}

} // namespace ow

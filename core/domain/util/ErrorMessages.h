#pragma once

#include "core/domain/util/Error.h"

namespace ow {

class LanguagePack;

// The human text for an error code. One table, two ways to translate it: into the
// application's installed language (clients), or into a language asked for per request (server).
QString errorMessage(ErrorCode code);
QString errorMessage(ErrorCode code, const LanguagePack &pack, const QString &language);
// An error's own text where it has one (Error::text), else its code's; after its subject if it has one.
QString errorMessage(const Error &error, const LanguagePack &pack, const QString &language);

} // namespace ow

// libFuzzer target: the catalogue import (POST /api/v1/admin/catalogue/versions): the data file
// parsed and checked as CatalogueService::parse does (Catalogue::fromJson, the file's lowest
// levels dropped), stored in its canonical form and read back, compared with the version in force
// (CatalogueDiff) and searched. Besides "never crashes":
//  - a refused file is InvalidJson, or ValidationFailed listing its problems one a line;
//  - an accepted file has a version of up to 40 letters, digits, '.', '_' or '-' (it is used in
//    addresses), at least one service, unique service codes each found by service();
//  - its canonical JSON (what is stored) parses again to the same canonical JSON and hash;
//  - compared with itself nothing changed; compared with an empty catalogue everything is added;
//    the comparison's body encoded again decodes to the same.
#include "core/domain/catalogue/Catalogue.h"
#include "core/domain/catalogue/CatalogueDiff.h"
#include "tests/fuzz/FuzzCheck.h"

#include <QSet>

using namespace ow;
using ow::fuzz::compact;
using ow::fuzz::require;

namespace {

bool versionCharactersOk(const QString &version)
{
    if (version.isEmpty() || version.size() > 40)
        return false;
    for (QChar c : version) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') || c == QLatin1Char('_')
                        || c == QLatin1Char('-');
        if (!ok)
            return false;
    }
    return true;
}

void checkDiff(const Catalogue &c, const QByteArray &input)
{
    const CatalogueDiff same = CatalogueDiff::between(c, c);
    require(same.isEmpty(), "a catalogue compared with itself changes nothing", compact(same.toJson()) + "\ninput: " + input);
    const CatalogueDiff fresh = CatalogueDiff::between(Catalogue(), c);
    require(fresh.added.size() == c.services().size() && fresh.removed.isEmpty() && fresh.changed.isEmpty()
                && fresh.categoriesAdded.size() == c.categories().size(),
            "against an empty catalogue every matter and category is added", input);
    const CatalogueDiff gone = CatalogueDiff::between(c, Catalogue());
    require(gone.removed.size() == c.services().size() && gone.added.isEmpty(), "against an empty one every matter is removed", input);
    const Result<CatalogueDiff> again = CatalogueDiff::fromJson(fresh.toJson());
    require(again.ok() && again.value() == fresh, "a comparison encoded again decodes to the same", input);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = ow::fuzz::bytes(data, size);
    Result<Catalogue> parsed = Catalogue::fromJson(input);
    if (!parsed) {
        const Error &e = parsed.error();
        require(e.code == ErrorCode::InvalidJson || e.code == ErrorCode::ValidationFailed, "a refused file is InvalidJson or ValidationFailed", input);
        require(e.code != ErrorCode::ValidationFailed || !e.detail.trimmed().isEmpty(), "a refused file names its problems", input);
        return 0;
    }
    Catalogue &c = parsed.value();
    c.setLowestLevels({}); // as CatalogueService::parse: the delegation table decides, not the file

    require(versionCharactersOk(c.version()), "a version is up to 40 letters, digits, '.', '_' or '-'",
            "version '" + c.version().toUtf8() + "'\ninput: " + input);
    require(!c.services().isEmpty(), "a catalogue has services", input);
    QSet<QString> codes;
    for (const ServiceItem &s : c.services()) {
        require(!s.code.isEmpty() && !codes.contains(s.code), "service codes are unique", input);
        codes.insert(s.code);
        require(c.service(s.code) == &s, "service() finds each service by its code", input);
        require(c.category(s.category) != nullptr, "each service's category exists", input);
        require(c.search(s.code).contains(&s), "searching a service's code finds it", input);
    }

    // What the server stores and reads back later (CatalogueVersions::import, detailOf).
    const QByteArray canonical = compact(c.toJson());
    const Result<Catalogue> stored = Catalogue::fromJson(canonical);
    require(stored.ok(), "the stored canonical form parses again",
            canonical + "\n" + (stored ? QByteArray() : stored.error().detail.toUtf8()));
    require(compact(stored.value().toJson()) == canonical, "the canonical form is stable", canonical);
    require(stored.value().contentHash() == c.contentHash(), "the content hash survives storing", canonical);
    checkDiff(c, input);

    // A teller's search: any query, terms from the input itself.
    (void)c.search(QString::fromUtf8(input.left(64)));
    return 0;
}

// libFuzzer target: request bodies as the server decodes them (server/HttpTypes: the body as a
// JSON object, then the contract type's fromJson in core/domain/api and core/domain/cases). The
// same bytes go to a few representative decoders: login, ticket issue, rating, case intake, a case
// step, a catalogue activation, a hall's queue rules (whole numbers in ranges) and a sync push. Besides "never crashes", for each decoder:
//  - a refused body is InvalidJson (400) or ValidationFailed (422) naming at least one field;
//  - a decoded body, encoded again with its toJson(), decodes to an equal value.
#include "core/domain/api/CatalogueVersionBodies.h"
#include "core/domain/api/QueueBodies.h"
#include "core/domain/api/QueueRulesBodies.h"
#include "core/domain/api/RatingBodies.h"
#include "core/domain/api/SessionBodies.h"
#include "core/domain/api/SyncBodies.h"
#include "core/domain/cases/CaseTypes.h"
#include "server/HttpTypes.h"
#include "tests/fuzz/FuzzCheck.h"

using namespace ow;
using ow::fuzz::compact;
using ow::fuzz::require;

namespace {

void checkRefusal(const Error &e, const QByteArray &input)
{
    require(e.code == ErrorCode::InvalidJson || e.code == ErrorCode::ValidationFailed,
            "a body that does not fit is InvalidJson or ValidationFailed", input);
    const int status = httpStatusFor(e.code);
    require(status == 400 || status == 422, "a refused body answers 400 or 422", input);
    if (e.code == ErrorCode::ValidationFailed)
        require(!e.extra.value(QLatin1String("fields")).toObject().isEmpty(), "ValidationFailed names a field", input);
}

template<typename T>
void checkDecoder(const ApiRequest &request, const char *name)
{
    const Result<T> first = request.bodyAs<T>();
    if (!first) {
        checkRefusal(first.error(), request.body);
        return;
    }
    const QJsonObject encoded = first.value().toJson();
    ApiRequest again;
    again.body = compact(encoded);
    const Result<T> second = again.bodyAs<T>();
    require(second.ok(), name, "re-encoded body is refused: " + again.body + "\ninput: " + request.body);
    require(second.value() == first.value(), name, "re-encoded body decodes to another value: " + again.body + "\ninput: " + request.body);
    require(second.value().toJson() == encoded, name, "encoding is not stable: " + again.body);
}

// An intake as the portal sends it (with its hall). Its accepted_at counts only with an offline
// number (CaseService ignores it otherwise, and toJson() writes it only then), so it is compared so.
struct PortalIntake
{
    IntakeRequest request;
    QJsonObject toJson() const { return request.toJson(true); }
    static Result<PortalIntake> fromJson(const QJsonObject &o)
    {
        auto r = IntakeRequest::fromJson(o);
        if (!r)
            return r.error();
        IntakeRequest intake = std::move(r).value();
        if (intake.number.isEmpty())
            intake.acceptedAt = QDateTime();
        return PortalIntake{std::move(intake)};
    }
    bool operator==(const PortalIntake &) const = default;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    ApiRequest request;
    request.body = ow::fuzz::bytes(data, size);
    const Result<QJsonObject> json = request.jsonBody();
    if (!json) {
        checkRefusal(json.error(), request.body);
        return 0;
    }
    checkDecoder<LoginRequest>(request, "login: re-encoded login");
    checkDecoder<IssueTicketRequest>(request, "ticket issue: re-encoded request");
    checkDecoder<RatingRequest>(request, "rating: re-encoded rating");
    checkDecoder<PortalIntake>(request, "case intake: re-encoded intake");
    checkDecoder<CaseStep>(request, "case step: re-encoded step");
    checkDecoder<CatalogueActivation>(request, "catalogue activation: re-encoded activation");
    checkDecoder<QueueRules>(request, "queue rules: re-encoded rules");
    checkDecoder<SyncPush>(request, "sync push: re-encoded push");
    // A form value as a person reads it, for every value of an intake's form.
    if (auto intake = IntakeRequest::fromJson(json.value())) {
        for (const FormValue &v : intake.value().form)
            require(!v.isNumber() || !v.text().isEmpty(), "a number in a form reads as text", request.body);
    }
    return 0;
}

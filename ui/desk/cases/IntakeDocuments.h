#pragma once

#include "core/domain/cases/CaseTypes.h"
#include "core/domain/util/Error.h"
#include "ui/desk/cases/DocumentOutput.h"

namespace ow {

class ClientSession;
struct Material;
struct ServiceItem;

// The papers a window hands over at intake — the one-time notice, the receipt, the refusal
// notice — filled from the application or the case, with the matter's and halls' names in the
// screen's language, and sent to the window's document output.
class IntakeDocuments
{
public:
    explicit IntakeDocuments(const ClientSession &session) : m_session(session) {}

    void setOutput(DocumentOutput output) { m_output = std::move(output); }

    // Each answers where the document went (printer or PDF), or a translated error.
    Result<QString> notice(const IntakeRequest &request, const ServiceItem &service, const QList<Material> &missing,
                           const QDate &day) const;
    Result<QString> receipt(const CaseView &c) const;
    Result<QString> refusal(const CaseView &c, int window) const;

    QString hallName(const QString &code) const;

private:
    QString serviceName(const QString &code) const;

    const ClientSession &m_session;
    DocumentOutput m_output = DocumentOutput::forThisComputer();
};

} // namespace ow

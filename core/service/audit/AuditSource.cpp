#include "core/service/audit/AuditSource.h"

#include <utility>

namespace ow {

namespace {
QString &slot()
{
    thread_local QString source;
    return source;
}
} // namespace

QString AuditSource::current()
{
    return slot();
}

AuditSource::Scope::Scope(QString source) : m_previous(std::exchange(slot(), std::move(source))) {}

AuditSource::Scope::~Scope()
{
    slot() = std::move(m_previous);
}

} // namespace ow

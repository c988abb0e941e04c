#include "core/client/AssessmentLoader.h"

#include "core/client/AdminClient.h"

#include <QPointer>

namespace ow {

struct AssessmentLoader::Load
{
    AssessmentMonth month;
    QList<RectificationItem> items; // the hall's rectifications, open and closed
    int pending = 0;
    bool reportsIn = false; // the first round is in; the details are being read
    Done done;
};

AssessmentLoader::AssessmentLoader(ApiClient &api, QObject *parent) : QObject(parent), m_reports(api), m_rectifications(api) {}

AssessmentLoader::~AssessmentLoader() = default;

bool AssessmentLoader::isLoading() const
{
    return m_current != nullptr;
}

ReportRequest AssessmentLoader::request(ReportKind kind, ReportGroup group, const QString &hall, const QDate &month)
{
    ReportRequest r;
    r.kind = kind;
    r.from = QDate(month.year(), month.month(), 1);
    r.to = r.from.addMonths(1).addDays(-1);
    r.hallCode = hall;
    r.group = group;
    return r;
}

void AssessmentLoader::finish(const std::shared_ptr<Load> &load, Result<AssessmentMonth> result)
{
    if (m_current != load)
        return;
    m_current.reset();
    if (!result) {
        Error e = result.error();
        e.detail = errorText(e); // the screen shows it as it is
        load->done(e);
        return;
    }
    load->done(std::move(result));
}

template<typename T>
std::function<void(Result<T>)> AssessmentLoader::answer(const std::shared_ptr<Load> &load, std::function<void(Load &, T)> keep)
{
    ++load->pending;
    return [self = QPointer(this), load, keep = std::move(keep)](Result<T> r) {
        if (!self || self->m_current != load)
            return; // dropped: a newer load, or the first refusal, ended this one
        if (!r) {
            self->finish(load, r.error());
            return;
        }
        keep(*load, std::move(r).value());
        if (--load->pending > 0)
            return;
        if (!load->reportsIn) {
            load->reportsIn = true;
            self->readDetails(load);
        } else {
            self->finish(load, load->month);
        }
    };
}

void AssessmentLoader::readDetails(const std::shared_ptr<Load> &load)
{
    const QList<qint64> ids = load->month.rectificationsOfMonth(load->items);
    if (ids.isEmpty()) {
        finish(load, load->month);
        return;
    }
    for (qint64 id : ids)
        m_rectifications.get(id, answer<RectificationDetail>(load, [](Load &l, RectificationDetail d) { l.month.rectifications << std::move(d); }));
}

void AssessmentLoader::load(const QString &hall, const LocalizedName &hallName, const QDate &month, Done done)
{
    auto l = std::make_shared<Load>();
    l->done = std::move(done);
    l->month.hall = hall;
    l->month.hallName = hallName;
    l->month.month = QDate(month.year(), month.month(), 1);
    m_current = l;

    const auto queue = [&](ReportGroup group, QueueReport AssessmentMonth::*into) {
        m_reports.queue(request(ReportKind::Queue, group, hall, month),
                        answer<QueueReport>(l, [into](Load &x, QueueReport r) { x.month.*into = std::move(r); }));
    };
    queue(ReportGroup::Hall, &AssessmentMonth::byHall);
    queue(ReportGroup::Window, &AssessmentMonth::byWindow);
    queue(ReportGroup::Teller, &AssessmentMonth::byTeller);
    const auto cases = [&](ReportGroup group, CaseReport AssessmentMonth::*into) {
        m_reports.cases(request(ReportKind::Cases, group, hall, month),
                        answer<CaseReport>(l, [into](Load &x, CaseReport r) { x.month.*into = std::move(r); }));
    };
    cases(ReportGroup::Hall, &AssessmentMonth::casesByHall);
    cases(ReportGroup::Reviewer, &AssessmentMonth::casesByReviewer);

    ReportTicketRequest bad;
    bad.report = request(ReportKind::Queue, ReportGroup::Hall, hall, month);
    bad.key = hall;
    bad.figure = TicketFigure::BadReviews;
    m_reports.queueTickets(bad, answer<ReportTicketList>(l, [](Load &x, ReportTicketList r) { x.month.badTickets = std::move(r); }));

    // Open ones by urgency and closed ones latest first, each up to the server's limit: a month's
    // bad reviews are among them unless thousands were closed since.
    for (const RectificationState state : {RectificationState::Open, RectificationState::Closed}) {
        RectificationFilter filter;
        filter.state = state;
        filter.limit = RectificationFilter::kMaxLimit;
        m_rectifications.list(hall, filter, answer<RectificationList>(l, [](Load &x, RectificationList r) {
                                  x.items << r.rectifications;
                              }));
    }
}

} // namespace ow

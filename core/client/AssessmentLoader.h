#pragma once

#include "core/client/api/RectificationApi.h"
#include "core/client/api/ReportApi.h"
#include "core/domain/reports/AssessmentReport.h"

#include <QObject>

#include <functional>
#include <memory>

namespace ow {

class ApiClient;

// Fetches what a hall's monthly assessment report (月度考核报告) is made of, through the typed
// APIs: the queue report by hall, window and teller, the case report by hall and by reviewer, the
// month's tickets with a bad review and the hall's rectifications (open and closed) — then the
// details (contacts, cause, action) of the rectifications those bad reviews opened. Answers one
// AssessmentMonth, or the first refusal as an Error whose detail is translated for the screen.
// A newer load drops an older one: its callback is never called.
class AssessmentLoader : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(Result<AssessmentMonth>)>;

    explicit AssessmentLoader(ApiClient &api, QObject *parent = nullptr);
    ~AssessmentLoader() override;

    // `month`: any day of it. `hallName` is carried into the report (a hall with no tickets in
    // the month has no row to name it).
    void load(const QString &hall, const LocalizedName &hallName, const QDate &month, Done done);
    bool isLoading() const;

    // The report request of the month, `hall` alone (its halls below are looked at by the
    // server but only `hall`'s rows are read).
    static ReportRequest request(ReportKind kind, ReportGroup group, const QString &hall, const QDate &month);

private:
    struct Load;
    template<typename T>
    std::function<void(Result<T>)> answer(const std::shared_ptr<Load> &load, std::function<void(Load &, T)> keep);
    void readDetails(const std::shared_ptr<Load> &load);
    void finish(const std::shared_ptr<Load> &load, Result<AssessmentMonth> result);

    ReportApi m_reports;
    RectificationApi m_rectifications;
    std::shared_ptr<Load> m_current;
};

} // namespace ow

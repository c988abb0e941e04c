#pragma once

#include "core/domain/reports/AssessmentReport.h"
#include "ui/desk/cases/DocumentOutput.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace ow {

class AssessmentLoader;
class ClientSession;

// 月度考核报告…: a month of one hall (the performance tab's), for the whole hall or one of its
// tellers, printed (DocumentOutput) or saved as a PDF. The month's figures are loaded once
// (AssessmentLoader) and every report of it is made from them. Tests drive it without dialogs:
// setDocumentOutput for the printer, setAskPath for the file name.
class AssessmentDialog : public QDialog
{
    Q_OBJECT
public:
    // Where to save, given a suggested file name; empty: cancelled.
    using AskPath = std::function<QString(QWidget *parent, const QString &suggested)>;

    explicit AssessmentDialog(ClientSession &session, QWidget *parent = nullptr);
    ~AssessmentDialog() override;

    // The hall, the month to start with (any day of it) and the latest month offered; loads.
    void start(const QString &hall, const LocalizedName &hallName, const QDate &month, const QDate &latest);
    void setMonth(const QDate &month);
    void setDocumentOutput(DocumentOutput output) { m_output = std::move(output); }
    void setAskPath(AskPath ask) { m_askPath = std::move(ask); }

    bool isLoading() const;
    const std::optional<AssessmentMonth> &data() const { return m_data; }
    // The report now chosen: the hall's, or the chosen teller's.
    Result<AssessmentReport> report() const;
    // What the buttons do: where the report went, or a translated error (also shown).
    Result<QString> print();
    Result<QString> save();

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);
    void written(const QString &where);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void onLoaded(Result<AssessmentMonth> month);
    void fillSubjects();
    void showSummary();
    void retranslate();
    Result<QString> done(Result<QString> where);

    ClientSession &m_session;
    AssessmentLoader *m_loader;
    QString m_hall;
    LocalizedName m_hallName;
    std::optional<AssessmentMonth> m_data;
    DocumentOutput m_output = DocumentOutput::forThisComputer();
    AskPath m_askPath;
    QLabel *m_hallLabel;
    QLabel *m_monthLabel;
    QDateEdit *m_month;
    QLabel *m_subjectLabel;
    QComboBox *m_subject;
    QLabel *m_summary;
    QLabel *m_status;
    QPushButton *m_print;
    QPushButton *m_save;
    QPushButton *m_close;
};

} // namespace ow

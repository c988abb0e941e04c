#include "ui/desk/performance/AssessmentDialog.h"

#include "core/client/AssessmentLoader.h"
#include "core/client/ClientSession.h"
#include "ui/desk/performance/AssessmentDocument.h"
#include "ui/desk/performance/PerformanceText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace ow {

namespace {

QString askWithFileDialog(QWidget *parent, const QString &suggested)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, AssessmentDialog::tr("Save the report as PDF"), QDir(dir).filePath(suggested),
                                        AssessmentDialog::tr("PDF files (*.pdf)"));
}

} // namespace

AssessmentDialog::AssessmentDialog(ClientSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_loader(new AssessmentLoader(session.api(), this))
    , m_askPath(askWithFileDialog)
    , m_hallLabel(new QLabel(this))
    , m_monthLabel(new QLabel(this))
    , m_month(new QDateEdit(this))
    , m_subjectLabel(new QLabel(this))
    , m_subject(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_status(new QLabel(this))
    , m_print(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("assessmentDialog"));
    m_month->setObjectName(QStringLiteral("assessmentMonth"));
    m_subject->setObjectName(QStringLiteral("assessmentSubject"));
    m_summary->setObjectName(QStringLiteral("assessmentSummary"));
    m_status->setObjectName(QStringLiteral("assessmentStatus"));
    m_print->setObjectName(QStringLiteral("assessmentPrint"));
    m_save->setObjectName(QStringLiteral("assessmentSave"));
    m_close->setObjectName(QStringLiteral("assessmentClose"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(true);
    m_subject->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_monthLabel->setBuddy(m_month);
    m_subjectLabel->setBuddy(m_subject);
    m_summary->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #616161;"));
    QFont bold = m_hallLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_hallLabel->setFont(bold);

    auto *form = new QFormLayout;
    form->addRow(m_monthLabel, m_month);
    form->addRow(m_subjectLabel, m_subject);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_print);
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hallLabel);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    setMinimumWidth(460);

    connect(m_month, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        if (!m_hall.isEmpty() && (!m_data || m_data->month != QDate(d.year(), d.month(), 1)))
            load();
    });
    connect(m_subject, &QComboBox::currentIndexChanged, this, &AssessmentDialog::showSummary);
    connect(m_print, &QPushButton::clicked, this, [this] { print(); });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    retranslate();
}

AssessmentDialog::~AssessmentDialog() = default;

void AssessmentDialog::start(const QString &hall, const LocalizedName &hallName, const QDate &month, const QDate &latest)
{
    m_hall = hall;
    m_hallName = hallName;
    m_data.reset();
    const QSignalBlocker quiet(m_month);
    m_month->setMaximumDate(QDate(latest.year(), latest.month(), 1).addMonths(1).addDays(-1));
    m_month->setDate(month);
    retranslate();
    load();
}

void AssessmentDialog::setMonth(const QDate &month)
{
    m_month->setDate(month); // loads when the month changes
}

bool AssessmentDialog::isLoading() const
{
    return m_loader->isLoading();
}

void AssessmentDialog::load()
{
    m_data.reset();
    m_subject->clear();
    m_summary->clear();
    m_print->setEnabled(false);
    m_save->setEnabled(false);
    m_status->setText(tr("Loading the month's figures…"));
    m_loader->load(m_hall, m_hallName, m_month->date(), [this](Result<AssessmentMonth> r) { onLoaded(std::move(r)); });
}

void AssessmentDialog::onLoaded(Result<AssessmentMonth> month)
{
    if (!month) {
        m_status->setText(month.error().detail);
        Q_EMIT failed(month.error().detail);
        return;
    }
    m_data = std::move(month).value();
    fillSubjects();
    m_print->setEnabled(true);
    m_save->setEnabled(true);
    m_status->setText(tr("Figures as of %1.").arg(QLocale().toString(m_data->byHall.generatedAt.toLocalTime(), QLocale::ShortFormat)));
    Q_EMIT loaded();
}

void AssessmentDialog::fillSubjects()
{
    const QString chosen = m_subject->currentData().toString();
    const QSignalBlocker quiet(m_subject);
    m_subject->clear();
    m_subject->addItem(tr("The whole hall"), QString());
    if (m_data) {
        const AssessmentReport hall = AssessmentReport::ofHall(*m_data);
        for (const AssessmentRow &row : hall.tellers)
            m_subject->addItem(PerformanceText::teller(row.key, row.name), row.key);
    }
    m_subject->setCurrentIndex(std::max(0, m_subject->findData(chosen)));
    showSummary();
}

Result<AssessmentReport> AssessmentDialog::report() const
{
    if (!m_data)
        return Error{ErrorCode::Unavailable, tr("The month's figures are not loaded yet."), {}};
    const QString teller = m_subject->currentData().toString();
    if (teller.isEmpty())
        return AssessmentReport::ofHall(*m_data);
    auto r = AssessmentReport::ofTeller(*m_data, teller);
    if (!r)
        return Error{ErrorCode::NotFound, tr("This teller has no figures in the month."), {}};
    return r;
}

void AssessmentDialog::showSummary()
{
    const auto r = report();
    if (!r) {
        m_summary->clear();
        return;
    }
    const AssessmentReport &a = r.value();
    const QueueFigures &f = a.teller ? a.teller->row.figures : a.queue;
    int closed = 0;
    for (const RectificationDetail &d : a.badReviews)
        closed += d.closure ? 1 : 0;
    QString text = tr("Served %1 · satisfaction %2 · %3 bad reviews, %4 rectified")
                       .arg(PerformanceText::count(f.served), PerformanceText::percent(f.satisfaction))
                       .arg(a.badReviews.size())
                       .arg(closed);
    if (a.teller && a.teller->row.rank > 0)
        text += QStringLiteral("\n") + tr("Place %1 of %2 tellers.").arg(a.teller->row.rank).arg(a.teller->rankedTellers);
    m_summary->setText(text);
}

Result<QString> AssessmentDialog::done(Result<QString> where)
{
    if (!where) {
        m_status->setText(where.error().detail);
        Q_EMIT failed(where.error().detail);
        return where;
    }
    m_status->setText(tr("Sent to %1.").arg(QDir::toNativeSeparators(where.value())));
    Q_EMIT written(where.value());
    return where;
}

Result<QString> AssessmentDialog::print()
{
    auto r = report();
    if (!r)
        return done(r.error());
    const AssessmentReport a = std::move(r).value();
    return done(m_output.print(AssessmentDocument::fileName(a), [&a](QPrinter &p) { AssessmentDocument::render(p, a); }));
}

Result<QString> AssessmentDialog::save()
{
    auto r = report();
    if (!r)
        return done(r.error());
    const AssessmentReport a = std::move(r).value();
    QString path = m_askPath(this, AssessmentDocument::fileName(a) + QStringLiteral(".pdf"));
    if (path.isEmpty())
        return Error{ErrorCode::BadRequest, tr("Not saved."), {}}; // cancelled: nothing to say on screen
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (auto st = AssessmentDocument::writePdf(a, path); !st)
        return done(st.error());
    return done(path);
}

void AssessmentDialog::retranslate()
{
    setWindowTitle(tr("Monthly assessment report"));
    m_hallLabel->setText(PerformanceText::name(m_hallName));
    m_monthLabel->setText(tr("Month:"));
    m_subjectLabel->setText(tr("Report for:"));
    if (m_subject->count() > 0)
        m_subject->setItemText(0, tr("The whole hall"));
    m_print->setText(tr("Print"));
    m_save->setText(tr("Save as PDF…"));
    m_close->setText(tr("Close"));
    showSummary();
}

void AssessmentDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace ow

#include "ui/admin/CalendarPage.h"

#include "core/client/AdminClient.h"
#include "ui/admin/CalendarDayModel.h"

#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ow {

namespace {
constexpr int kProblemsShown = 12; // a file with more: the first ones, and how many more
} // namespace

CalendarPage::CalendarPage(AdminClient &admin, QWidget *parent)
    : QWidget(parent)
    , m_admin(admin)
    , m_model(new CalendarDayModel(this))
    , m_hint(new QLabel(this))
    , m_yearLabel(new QLabel(this))
    , m_years(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_import(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("calendarPage"));
    m_years->setObjectName(QStringLiteral("calendarYear"));
    m_summary->setObjectName(QStringLiteral("calendarSummary"));
    m_import->setObjectName(QStringLiteral("importCalendarButton"));
    m_table->setObjectName(QStringLiteral("calendarTable"));
    m_message->setObjectName(QStringLiteral("calendarMessage"));
    setFocusProxy(m_table);
    m_yearLabel->setBuddy(m_years);
    m_years->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_table->setModel(m_model);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CalendarDayModel::Note, QHeaderView::Stretch);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color:#5f6368;"));
    m_summary->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_yearLabel);
    top->addWidget(m_years);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    top->addWidget(m_import);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(m_years, &QComboBox::currentIndexChanged, this, &CalendarPage::showSelectedYear);
    connect(m_import, &QPushButton::clicked, this, &CalendarPage::chooseFile);
    connect(&m_admin, &AdminClient::calendarChanged, this, &CalendarPage::onCalendarChanged);
    retranslate();
    onCalendarChanged();
}

int CalendarPage::currentYear() const
{
    return m_years->currentData().toInt();
}

void CalendarPage::showYear(int year)
{
    if (const int i = m_years->findData(year); i >= 0)
        m_years->setCurrentIndex(i);
}

const CalendarYearView *CalendarPage::shownYear() const
{
    for (const CalendarYearView &y : m_admin.calendar()) {
        if (y.year == currentYear())
            return &y;
    }
    return nullptr;
}

void CalendarPage::onCalendarChanged()
{
    fillYears();
    showSelectedYear();
}

void CalendarPage::fillYears()
{
    const QList<CalendarYearView> &years = m_admin.calendar();
    // The year shown stays; the first time, this year (or the latest before it).
    int keep = currentYear();
    if (!keep) {
        const int now = QDate::currentDate().year();
        for (const CalendarYearView &y : years) {
            if (y.year <= now || !keep)
                keep = y.year;
        }
    }
    const QSignalBlocker blocker(m_years);
    m_years->clear();
    for (const CalendarYearView &y : years)
        m_years->addItem(y.imported ? tr("%1 (imported)").arg(y.year) : tr("%1 (built in)").arg(y.year), y.year);
    showYear(keep);
    if (m_years->currentIndex() < 0 && m_years->count() > 0)
        m_years->setCurrentIndex(m_years->count() - 1);
}

void CalendarPage::showSelectedYear()
{
    const CalendarYearView *y = shownYear();
    if (!y) {
        m_model->clear();
        m_summary->clear();
        return;
    }
    m_model->setYear(*y);
    const QString source = y->imported ? tr("Imported by the city's administrator.")
                                       : tr("Built into the server, from the State Council General Office's notice.");
    m_summary->setText(tr("%1 public holidays and %2 adjusted working days. %3")
                           .arg(y->holidays.size())
                           .arg(y->workdays.size())
                           .arg(source));
}

void CalendarPage::chooseFile()
{
    QFileDialog dialog(this, tr("Import calendar file"));
    dialog.setObjectName(QStringLiteral("calendarFileDialog"));
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setNameFilters({tr("Calendar files (*.json *.csv)"), tr("All files (*)")});
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    importFile(dialog.selectedFiles().constFirst());
}

void CalendarPage::importFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    const auto format = calendarFileFormatOf(path);
    if (!format)
        return say(tr("%1 is not a calendar file: choose a file ending in .json or .csv.").arg(name), true);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return say(tr("%1 could not be read: %2").arg(name, file.errorString()), true);
    const QByteArray contents = file.readAll();
    const QList<CalendarYearView> before = m_admin.calendar();
    m_import->setEnabled(false);
    say(tr("Importing %1…").arg(name));
    QPointer<CalendarPage> self(this);
    m_admin.importCalendar(contents, *format, [self, name, before](Result<CalendarAnswer> r) {
        if (!self)
            return;
        self->m_import->setEnabled(true);
        if (!r) {
            QStringList lines{tr("%1 was not imported, and the calendar is unchanged: %2").arg(name, errorText(r.error()))};
            const QHash<QString, QString> problems = AdminApi::fieldProblems(r.error());
            QStringList places = problems.keys();
            std::sort(places.begin(), places.end(), [](const QString &a, const QString &b) {
                // "line 10" after "line 9": by the numbers in them, then as text.
                static const QRegularExpression number(QStringLiteral("\\d+"));
                auto it = number.globalMatch(a), jt = number.globalMatch(b);
                while (it.hasNext() && jt.hasNext()) {
                    const int x = it.next().captured().toInt(), y = jt.next().captured().toInt();
                    if (x != y)
                        return x < y;
                }
                return a < b;
            });
            for (qsizetype i = 0; i < places.size() && i < kProblemsShown; ++i)
                lines << tr("• %1: %2").arg(problemPlace(places.at(i)), problems.value(places.at(i)));
            if (places.size() > kProblemsShown)
                lines << tr("… and %1 more.").arg(places.size() - kProblemsShown);
            return self->say(lines.join(QLatin1Char('\n')), true);
        }
        // The years the file changed (or added): the first of them is shown.
        QStringList changed;
        int first = 0;
        for (const CalendarYearView &y : r.value().years) {
            if (!before.contains(y)) {
                changed << QString::number(y.year);
                if (!first)
                    first = y.year;
            }
        }
        if (first)
            self->showYear(first);
        self->say(changed.isEmpty() ? tr("%1 was imported; the calendar already held the same days.").arg(name)
                                    : tr("%1 was imported: %2. Case time limits count on the new days from now on.")
                                          .arg(name, changed.join(tr(", "))));
    });
}

QString CalendarPage::problemPlace(const QString &field)
{
    static const QRegularExpression line(QStringLiteral("^line (\\d+)(?:\\.(\\w+))?$"));
    static const QRegularExpression year(QStringLiteral("^years\\.(\\d+)(?:\\.(\\w+)(?:\\[(\\d+)\\])?)?$"));
    if (field == QLatin1String("file"))
        return tr("The file");
    if (field == QLatin1String("years"))
        return tr("The years");
    if (const auto m = line.match(field); m.hasMatch()) {
        if (m.captured(2).isEmpty())
            return tr("Line %1").arg(m.captured(1));
        return tr("Line %1, column “%2”").arg(m.captured(1), m.captured(2));
    }
    if (const auto m = year.match(field); m.hasMatch()) {
        const QString list = m.captured(2);
        if (list.isEmpty())
            return tr("Year %1").arg(m.captured(1));
        const QString listName = list == QLatin1String("holidays")           ? tr("holidays")
                                 : list == QLatin1String("working_weekends") ? tr("working weekends")
                                                                             : tr("“%1”").arg(list);
        if (m.captured(3).isEmpty())
            return tr("Year %1, %2").arg(m.captured(1), listName);
        return tr("Year %1, %2, entry %3").arg(m.captured(1), listName).arg(m.captured(3).toInt() + 1);
    }
    return field;
}

void CalendarPage::say(const QString &text, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("color:#b3261e;") : QStringLiteral("color:#1e7d32;"));
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void CalendarPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CalendarPage::retranslate()
{
    m_hint->setText(tr("Case time limits and rectification deadlines are counted in working days on this calendar. When "
                       "the State Council General Office publishes the holiday arrangements for a new year, import that "
                       "year's calendar file (JSON or CSV): it replaces every year the file holds, and the other years stay."));
    m_yearLabel->setText(tr("&Year:"));
    m_import->setText(tr("&Import calendar file…"));
    m_model->retranslate();
    fillYears();
    showSelectedYear();
}

} // namespace ow

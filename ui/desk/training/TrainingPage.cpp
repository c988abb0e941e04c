#include "ui/desk/training/TrainingPage.h"

#include "core/client/AdminClient.h"
#include "core/client/ClientSession.h"
#include "core/client/api/TrainingApi.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/training/TrainingText.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ow {

namespace {
constexpr int kRefreshMs = 5000;
}

TrainingPage::TrainingPage(ClientSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_hall(new QComboBox(this))
    , m_hallLabel(new QLabel(this))
    , m_startBox(new QGroupBox(this))
    , m_scenarioLabel(new QLabel(this))
    , m_scenario(new QComboBox(this))
    , m_openFile(new QPushButton(this))
    , m_traineeLabel(new QLabel(this))
    , m_trainee(new QLineEdit(this))
    , m_start(new QPushButton(this))
    , m_sessions(new QTableWidget(this))
    , m_end(new QPushButton(this))
    , m_refreshButton(new QPushButton(this))
    , m_report(new QTextBrowser(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("trainingPage"));
    m_hall->setObjectName(QStringLiteral("trainingHall"));
    m_scenario->setObjectName(QStringLiteral("trainingScenario"));
    m_openFile->setObjectName(QStringLiteral("openScenarioButton"));
    m_trainee->setObjectName(QStringLiteral("trainingTrainee"));
    m_start->setObjectName(QStringLiteral("startTrainingButton"));
    m_sessions->setObjectName(QStringLiteral("trainingSessions"));
    m_end->setObjectName(QStringLiteral("endTrainingButton"));
    m_report->setObjectName(QStringLiteral("trainingReport"));
    m_status->setObjectName(QStringLiteral("trainingStatus"));
    m_status->setWordWrap(true);

    m_sessions->setColumnCount(6);
    m_sessions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sessions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sessions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sessions->verticalHeader()->hide();
    m_sessions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sessions->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);

    auto *top = new QHBoxLayout;
    top->addWidget(m_hallLabel);
    top->addWidget(m_hall, 1);
    top->addStretch(2);

    auto *form = new QHBoxLayout(m_startBox);
    form->addWidget(m_scenarioLabel);
    form->addWidget(m_scenario, 2);
    form->addWidget(m_openFile);
    form->addSpacing(12);
    form->addWidget(m_traineeLabel);
    form->addWidget(m_trainee, 1);
    form->addWidget(m_start);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_sessions, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refreshButton);
    buttons->addStretch();
    buttons->addWidget(m_end);
    leftLayout->addLayout(buttons);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_report);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_startBox);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    for (const QString &path : bundledScenarios()) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            addScenario(f.readAll(), path);
    }
    m_scenario->setCurrentIndex(0); // the first bundled one; a file loaded later is selected
    m_startBox->setVisible(isTrainer());
    m_end->setVisible(isTrainer());

    connect(m_openFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a training scenario"), QDir::homePath(), tr("Scenario (*.json)"));
        if (!path.isEmpty())
            loadScenarioFile(path);
    });
    connect(m_start, &QPushButton::clicked, this, &TrainingPage::start);
    connect(m_end, &QPushButton::clicked, this, &TrainingPage::end);
    connect(m_refreshButton, &QPushButton::clicked, this, &TrainingPage::reloadSessions);
    connect(m_hall, &QComboBox::currentIndexChanged, this, [this] {
        m_selected = 0;
        m_shown.reset();
        m_report->clear();
        reloadSessions();
    });
    connect(m_sessions, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_sessions->currentRow();
        const qint64 id = row >= 0 && row < m_list.size() ? m_list.at(row).id : 0;
        if (id && id != m_selected) {
            m_selected = id;
            reloadReport();
        }
    });
    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (m_shown && m_shown->session.running())
            reloadReport();
    });
    retranslate();
}

QStringList TrainingPage::bundledScenarios()
{
    QStringList out;
    for (const QString &name : QDir(QStringLiteral(":/onewindow/training")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        out << QStringLiteral(":/onewindow/training/") + name;
    return out;
}

bool TrainingPage::isTrainer() const
{
    return m_session.isLoggedIn() && Permissions::allows(m_session.account().role, Permission::TrainingRun);
}

QString TrainingPage::hall() const
{
    return m_hall->currentData().toString();
}

void TrainingPage::hallsChanged()
{
    const QString before = hall();
    const QString language = LanguageManager::current();
    QSignalBlocker block(m_hall);
    m_hall->clear();
    for (const Hall &h : m_session.halls()) {
        // A trainer picks among the training halls (the server checks which they oversee); a
        // trainee has their own.
        const bool own = m_session.isLoggedIn() && h.code == m_session.account().hallCode;
        if (h.training && !h.archived && (isTrainer() || own))
            m_hall->addItem(QStringLiteral("%1 · %2").arg(h.name.in(language), h.code), h.code);
    }
    const int at = m_hall->findData(before);
    m_hall->setCurrentIndex(at >= 0 ? at : 0);
    if (hall() != before || m_list.isEmpty())
        reloadSessions();
}

bool TrainingPage::addScenario(const QByteArray &json, const QString &origin)
{
    auto scenario = TrainingScenario::fromFile(json);
    if (!scenario) {
        m_status->setText(tr("%1 does not fit the scenario format: %2").arg(QDir::toNativeSeparators(origin), scenario.error().detail));
        return false;
    }
    m_scenarios.append(scenario.value());
    m_scenario->addItem(tr("%1 (%n citizen(s))", nullptr, static_cast<int>(scenario.value().arrivals.size())).arg(scenario.value().title));
    m_scenario->setCurrentIndex(m_scenario->count() - 1);
    return true;
}

bool TrainingPage::loadScenarioFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        return false;
    }
    if (!addScenario(f.readAll(), path))
        return false;
    m_status->setText(tr("Scenario “%1” loaded.").arg(m_scenarios.last().title));
    return true;
}

void TrainingPage::start()
{
    const int index = m_scenario->currentIndex();
    if (index < 0 || index >= m_scenarios.size() || hall().isEmpty()) {
        m_status->setText(tr("Choose a training hall and a scenario first."));
        return;
    }
    if (m_trainee->text().trimmed().isEmpty()) {
        m_status->setText(tr("Enter the trainee's user name."));
        m_trainee->setFocus();
        return;
    }
    StartTrainingRequest request{hall(), m_trainee->text().trimmed(), m_scenarios.at(index)};
    m_start->setEnabled(false);
    QPointer<TrainingPage> self(this);
    TrainingApi(m_session.api()).start(request, [self](Result<TrainingSessionDetail> answer) {
        if (!self)
            return;
        self->m_start->setEnabled(true);
        if (!answer) {
            self->m_status->setText(errorText(answer.error()));
            return;
        }
        self->m_status->setText(tr("Training started: %1 for %2.").arg(answer.value().session.title, answer.value().session.trainee));
        self->m_selected = answer.value().session.id;
        self->m_shown = answer.value();
        self->renderReport();
        self->reloadSessions();
    });
}

void TrainingPage::end()
{
    if (!m_selected)
        return;
    QPointer<TrainingPage> self(this);
    TrainingApi(m_session.api()).end(m_selected, [self](Result<TrainingSessionDetail> answer) {
        if (!self)
            return;
        if (!answer) {
            self->m_status->setText(errorText(answer.error()));
            return;
        }
        self->m_status->setText(tr("Training ended: %n mistake(s).", nullptr, static_cast<int>(answer.value().mistakes.size())));
        self->reloadSessions();
        self->reloadReport();
    });
}

void TrainingPage::reloadSessions()
{
    if (hall().isEmpty())
        return;
    QPointer<TrainingPage> self(this);
    TrainingApi(m_session.api()).sessions(hall(), [self](Result<TrainingSessionList> answer) {
        if (!self)
            return;
        if (!answer) {
            self->m_status->setText(errorText(answer.error()));
            return;
        }
        self->m_list = answer.value().sessions;
        self->showSessions();
        if (!self->m_selected && !self->m_list.isEmpty()) {
            self->m_selected = self->m_list.first().id; // the newest
            self->reloadReport();
        }
        Q_EMIT self->sessionsLoaded();
    });
}

void TrainingPage::showSessions()
{
    QSignalBlocker block(m_sessions);
    m_sessions->setRowCount(static_cast<int>(m_list.size()));
    const QTimeZone zone = m_session.zoneOf(hall());
    for (int row = 0; row < m_list.size(); ++row) {
        const TrainingSession &s = m_list.at(row);
        const QStringList cells{s.startedAt.toTimeZone(zone).toString(QStringLiteral("MM-dd HH:mm")), s.trainee, s.title,
                                tr("%1 / %2 served").arg(s.finished).arg(s.arrivals),
                                m_shown && m_shown->session.id == s.id ? QString::number(m_shown->mistakes.size()) : QStringLiteral("—"),
                                s.running() ? tr("Running") : tr("Ended")};
        for (int c = 0; c < cells.size(); ++c)
            m_sessions->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        if (s.id == m_selected)
            m_sessions->selectRow(row);
    }
    const bool running = m_selected && std::any_of(m_list.begin(), m_list.end(), [this](const TrainingSession &s) {
        return s.id == m_selected && s.running();
    });
    m_end->setEnabled(running);
}

void TrainingPage::reloadReport()
{
    if (!m_selected)
        return;
    QPointer<TrainingPage> self(this);
    const qint64 id = m_selected;
    TrainingApi(m_session.api()).session(id, [self, id](Result<TrainingSessionDetail> answer) {
        if (!self || self->m_selected != id)
            return;
        if (!answer) {
            self->m_status->setText(errorText(answer.error()));
            return;
        }
        self->m_shown = answer.value();
        self->renderReport();
        self->showSessions();
    });
}

void TrainingPage::showEvent(QShowEvent *event)
{
    m_refresh.start();
    reloadSessions();
    QWidget::showEvent(event);
}

void TrainingPage::hideEvent(QHideEvent *event)
{
    m_refresh.stop();
    QWidget::hideEvent(event);
}

void TrainingPage::retranslate()
{
    m_hallLabel->setText(tr("Training hall:"));
    static_cast<QGroupBox *>(m_startBox)->setTitle(tr("New training session"));
    m_scenarioLabel->setText(tr("Scenario:"));
    m_openFile->setText(tr("Open file…"));
    m_traineeLabel->setText(tr("Trainee:"));
    m_trainee->setPlaceholderText(tr("user name, e.g. cj_teller1"));
    m_start->setText(tr("Start"));
    m_end->setText(tr("End training"));
    m_refreshButton->setText(tr("Refresh"));
    m_sessions->setHorizontalHeaderLabels({tr("Started"), tr("Trainee"), tr("Scenario"), tr("Progress"), tr("Mistakes"), tr("State")});
    renderReport();
}

void TrainingPage::renderReport()
{
    if (!m_shown)
        return;
    m_report->setHtml(TrainingText::reportHtml(*m_shown, m_session.catalogue(), LanguageManager::current(), m_session.zoneOf(m_shown->session.hall)));
    Q_EMIT reportShown();
}

void TrainingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ow

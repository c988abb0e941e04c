#pragma once

#include "core/domain/api/TrainingBodies.h"

#include <QTimeZone>
#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace ow {

class ClientSession;

// 培训: the training sessions of a training hall. A trainer (supervisor, administrator) picks a
// scenario — one bundled with the program or a file they wrote — and a trainee, starts it, follows
// it and ends it; the trainee sees their own sessions. The selected session's report lists every
// citizen of the scenario and the trainee's mistakes, refreshed while the session runs.
class TrainingPage : public QWidget
{
    Q_OBJECT
public:
    explicit TrainingPage(ClientSession &session, QWidget *parent = nullptr);

    // The training halls this account may work with changed (the halls arrived).
    void hallsChanged();
    // Reads a scenario file into the scenario list and selects it; false (the reason shown) when it does not fit.
    bool loadScenarioFile(const QString &path);
    // The scenarios bundled with the program (resource paths).
    static QStringList bundledScenarios();
    const std::optional<TrainingSessionDetail> &shownSession() const { return m_shown; }

Q_SIGNALS:
    void sessionsLoaded();
    void reportShown();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate();
    bool addScenario(const QByteArray &json, const QString &origin);
    void reloadSessions();
    void showSessions();
    void reloadReport();
    void renderReport();
    void start();
    void end();
    QString hall() const;
    bool isTrainer() const;

    ClientSession &m_session;
    QComboBox *m_hall;
    QLabel *m_hallLabel;
    QWidget *m_startBox;
    QLabel *m_scenarioLabel;
    QComboBox *m_scenario;
    QPushButton *m_openFile;
    QLabel *m_traineeLabel;
    QLineEdit *m_trainee;
    QPushButton *m_start;
    QTableWidget *m_sessions;
    QPushButton *m_end;
    QPushButton *m_refreshButton;
    QTextBrowser *m_report;
    QLabel *m_status;
    QTimer m_refresh;
    QList<TrainingScenario> m_scenarios;
    QList<TrainingSession> m_list;
    std::optional<TrainingSessionDetail> m_shown;
    qint64 m_selected = 0;
};

} // namespace ow

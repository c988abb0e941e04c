#pragma once

#include "core/client/api/CatalogueVersionApi.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;
class QTreeView;

namespace ow {

class CatalogueDiffModel;
class CatalogueVersionTableModel;
class ClientSession;

// The city administrator's catalogue versions (事项清单版本): the versions imported and where each
// stands; import a catalogue file as a new version, read what the selected version changes against
// the one in force, put it in force now or from a later day, withdraw a schedule. What is shown
// is what the server answered.
class CatalogueVersionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit CatalogueVersionsPage(ClientSession &session, QWidget *parent = nullptr);

    CatalogueVersionTableModel *versionsModel() const { return m_versions; }
    CatalogueDiffModel *changesModel() const { return m_changes; }
    // Fetches the versions again (each time the page is shown).
    void load();
    // Imports a catalogue file (what the import button does after its file dialog).
    void importFile(const QString &path);

Q_SIGNALS:
    void loaded();         // the list of versions arrived
    void detailShown();    // the selected version's changes arrived
    void answered();       // an import, activation or withdrawal was answered (either way)

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    const CatalogueVersionInfo *selected() const;
    void showSelected();
    void chooseFile();
    void activateNow();
    void schedule();
    void unschedule();
    using Success = std::function<QString(const CatalogueVersionInfo &)>; // what to say when it went through
    void done(const Result<CatalogueVersionDetail> &result, const Success &success);
    void say(const QString &text, bool problem = false);

    CatalogueVersionApi m_api;
    CatalogueVersionTableModel *m_versions;
    CatalogueDiffModel *m_changes;
    QLabel *m_hint;
    QTableView *m_table;
    QLabel *m_changesTitle;
    QTreeView *m_tree;
    QLabel *m_message;
    QPushButton *m_import;
    QPushButton *m_activate;
    QDateEdit *m_day;
    QPushButton *m_schedule;
    QPushButton *m_unschedule;
    QString m_keep; // the version to select when the list arrives
};

} // namespace ow

#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSplitter;
class QTextBrowser;
class QTreeView;

namespace ow {

class Catalogue;
class CatalogueFilterModel;
class CatalogueModel;
struct ServiceItem;

// The catalogue browser: search as you type (name, code, pinyin initials), services grouped
// by category, and a details pane with materials, time limit and competent level.
class CatalogueBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit CatalogueBrowser(QWidget *parent = nullptr);

    void setCatalogue(const Catalogue &catalogue);
    int visibleServiceCount() const;
    CatalogueModel *model() const { return m_model; }
    // A panel shown below the details (the window's 就近可办), told of each matter shown.
    void addDetailsPanel(QWidget *panel);
    QString shownService() const { return m_shownCode; }

Q_SIGNALS:
    // The matter whose details are shown now; empty when none.
    void serviceShown(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onQueryChanged(const QString &text);
    void showDetails(const ServiceItem *item);
    void updateCount();

    CatalogueModel *m_model;
    CatalogueFilterModel *m_filter;
    QLineEdit *m_search;
    QLabel *m_count;
    QTreeView *m_tree;
    QTextBrowser *m_details;
    QSplitter *m_right;
    QString m_shownCode;
};

QString serviceDetailsHtml(const ServiceItem &item, const Catalogue &catalogue, const QString &language);

} // namespace ow

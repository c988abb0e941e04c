#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace ow {

// The hall display's list of the latest calls, newest first: one line per ticket (a ticket
// called again moves to the top with its new window), at most `capacity` lines, and a mark on a
// ticket whose latest call was a recall. QtCore only, so tests drive it without widgets.
class RecentCalls : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        QString number;
        int window = 0;
        bool recalled = false; // the latest call of this ticket was a recall
        int calls = 1;         // how often it has been called while on the list
    };

    explicit RecentCalls(int capacity = 8, QObject *parent = nullptr);

    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }

    // A call (or recall) of ticket `number` by `window`.
    void add(const QString &number, int window, bool recall);
    // Fills an empty list from what the hall shows already (e.g. after a restart), newest first;
    // does nothing when the list has entries, since live calls are newer than any snapshot.
    void seed(const QList<Entry> &newestFirst);
    void clear();

    const QList<Entry> &entries() const { return m_entries; }
    std::optional<Entry> latest() const;

Q_SIGNALS:
    void changed();

private:
    QList<Entry> m_entries;
    int m_capacity;
};

} // namespace ow

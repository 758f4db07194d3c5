#pragma once

#include <QObject>
#include <QUrl>

class LeadListModel;

// Writes what a lead list shows — its search, filters and sort, every matching lead, not only
// the loaded pages — to a CSV file, on the scanning reader so a million leads never hold up the
// window. The file appears whole or not at all; the list's actionFinished() says how it went.
class LeadExport : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    explicit LeadExport(LeadListModel &list);

    bool busy() const { return m_running > 0; }
    Q_INVOKABLE void toCsv(const QUrl &file);

Q_SIGNALS:
    void busyChanged();

private:
    LeadListModel &m_list;
    int m_running = 0;
};

#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>

class LeadListModel;

// A bulk edit of the leads selected in a list: a status, an assignee, a tag added or taken out.
// Each lead is one outbox edit, so each shows in the cache at once and reaches the server in order
// like an edit made on its own. The list's actionFinished() reports the edit once every lead's
// write is done: how many changed, and how many could not be and why — never before anything ran.
class LeadBulkEdit : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    explicit LeadBulkEdit(LeadListModel &list);

    bool busy() const { return m_running > 0; }

    Q_INVOKABLE void setStatus(const QString &status);
    Q_INVOKABLE void assign(qint64 assigneeId); // 0: nobody
    Q_INVOKABLE void addTag(const QString &tag);
    Q_INVOKABLE void removeTag(const QString &tag);
    // The list moved to another account: edits still under way there are no longer reported.
    void abandon();

Q_SIGNALS:
    void busyChanged();

private:
    // What a bulk edit says when done, given how many leads it changed.
    using Wording = std::function<QString(int changed)>;
    struct Tally
    {
        quint64 generation = 0;
        qsizetype left = 0;
        int changed = 0;
        int failed = 0;
        QString firstError;
    };
    bool mayEdit();
    void finished(const Tally &tally, const Wording &wording);
    void editEach(const QList<std::pair<qint64, QJsonObject>> &edits, const Wording &wording);
    void editTag(const QString &tag, bool add);

    LeadListModel &m_list;
    int m_running = 0;
    quint64 m_generation = 0; // bumped by abandon()
};

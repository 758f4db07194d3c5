#pragma once

#include "analytics/visitdimension.h"

#include <QAbstractListModel>
#include <QJsonObject>
#include <QList>
#include <QPointer>

class AccountRuntime;
class SegmentModel;

// The signed-in user's saved segments (issue #16): named sets of dashboard filters, kept by the
// server as one document per user (GET/PUT /v1/segments) and synced into the cache, so they show
// and apply offline. Applying one replaces the dashboard's filters; saving the current filters
// under a name, or deleting one, needs the network (the whole list is replaced under If-Match): a
// version conflict keeps the server's list and says so.
class SavedSegmentsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool saving READ saving NOTIFY savingChanged)

public:
    enum Roles
    {
        NameRole = Qt::UserRole + 1,
        SummaryRole, // the filters as the chips say them, joined
        FilterCountRole,
    };
    Q_ENUM(Roles)

    struct Segment
    {
        QString name;
        QList<analytics::Filter> filters;
        bool operator==(const Segment &) const = default;
    };

    static constexpr int kMaxSegments = 50;

    // `segment`: the filters apply() sets and saveCurrent() saves; it outlives this model.
    explicit SavedSegmentsModel(SegmentModel &segment, QObject *parent = nullptr);
    void setRuntime(AccountRuntime *runtime);

    int count() const { return int(m_segments.size()); }
    bool saving() const { return m_saving; }
    const QList<Segment> &segments() const { return m_segments; }

    Q_INVOKABLE void apply(int row);
    // Saves the dashboard's filters as `name` (replacing a segment of that name).
    Q_INVOKABLE void saveCurrent(const QString &name);
    Q_INVOKABLE void remove(int row);
    Q_INVOKABLE void reload();

    // The document's segments; filters the app does not know are dropped.
    static QList<Segment> fromJson(const QJsonObject &document);
    static QJsonObject toJson(const QList<Segment> &segments);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();
    void savingChanged();
    // The answer to saveCurrent() or remove(), for the person who asked.
    void actionFinished(bool ok, const QString &message);

private:
    void put(const QList<Segment> &segments, const QString &done);
    void show(const QJsonObject &document);

    QPointer<AccountRuntime> m_runtime;
    SegmentModel &m_segment;
    QList<Segment> m_segments;
    qint64 m_version = 0;
    bool m_saving = false;
    quint64 m_generation = 0;
};

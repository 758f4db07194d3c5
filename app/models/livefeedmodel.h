#pragma once

#include "cachelistmodel.h"

#include <QDateTime>

class CacheReader;

// The newest page views as they arrive, newest first (at most kSize): which page, from where, on
// what, the company when the visitor was identified and the country when the visitor shared it.
// New events are inserted at the top rather than the list being rebuilt, so the view keeps its
// place and can animate them in.
class LiveFeedModel : public CacheListModel
{
    Q_OBJECT

public:
    static constexpr int kSize = 50;

    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        ViewedAtRole,
        UrlRole,
        TitleRole,
        ReferrerRole,
        DeviceRole,
        BrowserRole,
        OsRole,
        CountryRole,
        CityRole,
        LeadIdRole,
        CompanyRole,
        SiteIdRole,
    };
    Q_ENUM(Roles)

    struct Event
    {
        qint64 id = 0;
        QDateTime viewedAt;
        QString url, title, referrer, device, browser, os, country, city, company;
        qint64 leadId = 0;
        qint64 siteId = 0;
    };

    explicit LiveFeedModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    qint64 newestId() const { return m_events.isEmpty() ? 0 : m_events.constFirst().id; }

Q_SIGNALS:
    // Events newer than any shown before (not emitted for the first fill).
    void arrived(int count);

protected:
    void load(CacheReader &cache, quint64 generation) override;
    void clear() override { m_events.clear(); }

private:
    void merge(QList<Event> newer, bool replace);

    QList<Event> m_events;
};

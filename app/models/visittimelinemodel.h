#pragma once

#include "cachelistmodel.h"

#include <QDateTime>
#include <QVariantList>

class CacheReader;

// One lead's visits, newest first: each session with where it came from (referrer, UTM), on what
// (device, browser, OS, screen) and the pages it read in order, with time on each. The newest
// kPage visits load first; fetchMore() goes further back.
class VisitTimelineModel : public CacheListModel
{
    Q_OBJECT
    Q_PROPERTY(qint64 leadId READ leadId WRITE setLeadId NOTIFY leadIdChanged)

public:
    static constexpr int kPage = 50;

    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        StartedAtRole,
        EndedAtRole,
        DurationSecondsRole,
        PageCountRole,
        LandingUrlRole,
        ReferrerRole,
        UtmSourceRole,
        UtmMediumRole,
        UtmCampaignRole,
        DeviceRole,
        BrowserRole,
        OsRole,
        ScreenRole,
        CountryRole,
        CityRole,
        PagesRole, // [{url, title, viewedAt, timeOnPage}], in reading order
    };
    Q_ENUM(Roles)

    struct Visit
    {
        qint64 id = 0;
        QDateTime startedAt;
        QDateTime endedAt;
        int pageCount = 0;
        QString landingUrl, referrer, utmSource, utmMedium, utmCampaign;
        QString device, browser, os, screen, country, city;
        QVariantList pages;
    };

    explicit VisitTimelineModel(QObject *parent = nullptr);

    qint64 leadId() const { return m_leadId; }
    void setLeadId(qint64 id);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void leadIdChanged();

protected:
    void load(CacheReader &cache, quint64 generation) override;
    void clear() override { m_visits.clear(); }

private:
    qint64 m_leadId = 0;
    int m_limit = kPage;
    QList<Visit> m_visits;
};

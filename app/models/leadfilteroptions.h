#pragma once

#include <QObject>
#include <QStringList>

class LeadListModel;

// What a lead list's filter menus offer: the countries, industries, company sizes and (the 50 most
// used) tags present in the cache, read on the scanning reader when the list asks for them.
class LeadFilterOptions : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QStringList countries READ countries NOTIFY changed)
    Q_PROPERTY(QStringList industries READ industries NOTIFY changed)
    Q_PROPERTY(QStringList sizes READ sizes NOTIFY changed)
    Q_PROPERTY(QStringList tags READ tags NOTIFY changed)

public:
    explicit LeadFilterOptions(LeadListModel &list);

    QStringList countries() const { return m_countries; }
    QStringList industries() const { return m_industries; }
    QStringList sizes() const { return m_sizes; }
    QStringList tags() const { return m_tags; }

    Q_INVOKABLE void load();
    // The list moved to another account (or none): the old choices go, and are read again from
    // the new cache if anyone asked for them before.
    void accountChanged();

Q_SIGNALS:
    void changed();

private:
    LeadListModel &m_list;
    bool m_wanted = false; // load() was called
    QStringList m_countries, m_industries, m_sizes, m_tags;
};

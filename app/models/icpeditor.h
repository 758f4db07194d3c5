#pragma once

#include "core/icpprofile.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>

class AccountRuntime;

// Settings → Ideal customer: the account's profile as the cache last heard it (so it shows
// offline), edited in place and saved with PUT /v1/icp. Owners and admins save; everyone else
// reads. Saving needs the network (the profile is the whole team's and the server orders
// concurrent edits by version): a version conflict reloads the server's profile and says so, and
// a saved profile is kept in the cache at once, which regrades every lead there.
class IcpEditor : public QObject
{
    Q_OBJECT
    // {dimension (IcpProfile.Dimension), label, weight, values} per dimension, in order.
    Q_PROPERTY(QVariantList dimensions READ dimensions NOTIFY changed)
    Q_PROPERTY(bool dirty READ dirty NOTIFY changed)
    Q_PROPERTY(bool saving READ saving NOTIFY changed)
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY changed)
    Q_PROPERTY(bool empty READ empty NOTIFY changed) // no dimension counts: no lead is graded
    Q_PROPERTY(QDateTime updatedAt READ updatedAt NOTIFY changed)

public:
    explicit IcpEditor(QObject *parent = nullptr);

    void setRuntime(AccountRuntime *runtime);
    QVariantList dimensions() const;
    bool dirty() const { return m_edited != m_saved; }
    bool saving() const { return m_saving; }
    bool canEdit() const;
    bool empty() const { return m_edited.isEmpty(); }
    QDateTime updatedAt() const { return m_saved.updatedAt(); }
    IcpProfile profile() const { return m_edited; }

    Q_INVOKABLE void setWeight(int dimension, int weight);
    Q_INVOKABLE void addValue(int dimension, const QString &value);
    Q_INVOKABLE void removeValue(int dimension, const QString &value);
    Q_INVOKABLE void revert();
    Q_INVOKABLE void save();
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void changed();
    void actionFinished(bool ok, const QString &message);

private:
    void edit(int dimension, const std::function<void(IcpProfile::Criterion &)> &change);

    QPointer<AccountRuntime> m_runtime;
    IcpProfile m_saved;
    IcpProfile m_edited;
    bool m_saving = false;
    quint64 m_generation = 0;
};

#pragma once

#include <QAbstractListModel>
#include <QVariantMap>

// The lead list's saved views for one account: a name for a search, filters and sort the person
// comes back to ("Hot UK leads, newest first"). Kept in the profile's settings (views.ini), never
// in the cache, so they survive a cache rebuild; sorted by name.
class SavedViewsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool loading READ loading CONSTANT)

public:
    enum Roles
    {
        NameRole = Qt::UserRole + 1,
        StateRole, // LeadListModel::viewState()
    };
    Q_ENUM(Roles)

    explicit SavedViewsModel(QObject *parent = nullptr);

    // `file` is the settings file, `account` the account's id (AccountRegistry::Account::id()).
    void setStorage(const QString &file, const QString &account);

    int count() const { return int(m_views.size()); }
    bool loading() const { return false; } // a small settings file, read at once
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Saves (or replaces) the view called `name`; false when the name is empty.
    Q_INVOKABLE bool save(const QString &name, const QVariantMap &state);
    Q_INVOKABLE void remove(int row);
    Q_INVOKABLE QVariantMap stateAt(int row) const;

Q_SIGNALS:
    void countChanged();

private:
    struct View
    {
        QString name;
        QVariantMap state;
    };
    void read();
    void write() const;
    QString group() const;

    QString m_file;
    QString m_account;
    QList<View> m_views;
};

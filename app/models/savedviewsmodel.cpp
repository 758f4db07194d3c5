#include "savedviewsmodel.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

SavedViewsModel::SavedViewsModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

QString SavedViewsModel::group() const
{
    // The account id holds a URL; its hash is a safe settings group.
    return QStringLiteral("views-")
        + QString::fromLatin1(
            QCryptographicHash::hash(m_account.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

void SavedViewsModel::setStorage(const QString &file, const QString &account)
{
    beginResetModel();
    m_file = file;
    m_account = account;
    read();
    endResetModel();
    Q_EMIT countChanged();
}

void SavedViewsModel::read()
{
    m_views.clear();
    if (m_file.isEmpty())
        return;
    QSettings s(m_file, QSettings::IniFormat);
    const int n = s.beginReadArray(group());
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        const QJsonObject state
            = QJsonDocument::fromJson(s.value(QStringLiteral("state")).toString().toUtf8()).object();
        m_views.append({s.value(QStringLiteral("name")).toString(), state.toVariantMap()});
    }
    s.endArray();
    std::sort(m_views.begin(), m_views.end(),
        [](const View &a, const View &b) { return a.name.localeAwareCompare(b.name) < 0; });
}

void SavedViewsModel::write() const
{
    if (m_file.isEmpty())
        return;
    QSettings s(m_file, QSettings::IniFormat);
    s.remove(group());
    s.beginWriteArray(group(), int(m_views.size()));
    for (int i = 0; i < m_views.size(); ++i) {
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("name"), m_views[i].name);
        s.setValue(QStringLiteral("state"),
            QString::fromUtf8(
                QJsonDocument(QJsonObject::fromVariantMap(m_views[i].state)).toJson(QJsonDocument::Compact)));
    }
    s.endArray();
}

int SavedViewsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_views.size());
}

QVariant SavedViewsModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const View &v = m_views.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return v.name;
    case StateRole:
        return v.state;
    default:
        return {};
    }
}

QHash<int, QByteArray> SavedViewsModel::roleNames() const
{
    return {{NameRole, "name"}, {StateRole, "state"}};
}

bool SavedViewsModel::save(const QString &name, const QVariantMap &state)
{
    const QString clean = name.trimmed();
    if (clean.isEmpty() || m_file.isEmpty())
        return false;
    beginResetModel();
    m_views.removeIf([&](const View &v) { return v.name == clean; });
    m_views.append({clean, state});
    std::sort(m_views.begin(), m_views.end(),
        [](const View &a, const View &b) { return a.name.localeAwareCompare(b.name) < 0; });
    endResetModel();
    write();
    Q_EMIT countChanged();
    return true;
}

void SavedViewsModel::remove(int row)
{
    if (row < 0 || row >= m_views.size())
        return;
    beginRemoveRows({}, row, row);
    m_views.removeAt(row);
    endRemoveRows();
    write();
    Q_EMIT countChanged();
}

QVariantMap SavedViewsModel::stateAt(int row) const
{
    return row >= 0 && row < m_views.size() ? m_views.at(row).state : QVariantMap();
}

#include "savedsegmentsmodel.h"

#include "account/accountruntime.h"
#include "apicall.h"
#include "runtimebinding.h"
#include "segmentmodel.h"
#include "storage/cachedocuments.h"
#include "storage/cachereader.h"

#include <QJsonArray>

namespace {
const QString kDocument = QStringLiteral("segments");
} // namespace

SavedSegmentsModel::SavedSegmentsModel(SegmentModel &segment, QObject *parent)
    : QAbstractListModel(parent)
    , m_segment(segment)
{ }

void SavedSegmentsModel::setRuntime(AccountRuntime *runtime)
{
    if (!runtimebinding::rebind(m_runtime, runtime, this))
        return;
    show({});
    if (!runtime)
        return;
    connect(&runtime->cache(), &CacheReader::documentChanged, this, [this](const QString &name) {
        if (name == kDocument)
            reload();
    });
    reload();
}

void SavedSegmentsModel::reload()
{
    AccountRuntime *runtime = m_runtime;
    if (!runtime)
        return;
    const quint64 generation = ++m_generation;
    runtime->cache().read<QJsonObject>(
        this, [](SqlDatabase &db) { return cachedocuments::read(db, kDocument); },
        [this, generation](const QJsonObject &document) {
            if (generation == m_generation)
                show(document);
        });
}

void SavedSegmentsModel::show(const QJsonObject &document)
{
    const QList<Segment> segments = fromJson(document);
    m_version = document.value(QLatin1String("version")).toInteger();
    if (segments == m_segments)
        return;
    beginResetModel();
    m_segments = segments;
    endResetModel();
    Q_EMIT countChanged();
}

QList<SavedSegmentsModel::Segment> SavedSegmentsModel::fromJson(const QJsonObject &document)
{
    QList<Segment> out;
    for (const QJsonValue &s : document.value(QLatin1String("segments")).toArray()) {
        Segment segment {s.toObject().value(QLatin1String("name")).toString(), {}};
        for (const QJsonValue &f : s.toObject().value(QLatin1String("filters")).toArray()) {
            const QJsonObject o = f.toObject();
            const auto dimension
                = analytics::dimensionFromWire(o.value(QLatin1String("dimension")).toString());
            if (dimension)
                segment.filters.append(
                    {*dimension, o.value(QLatin1String("operator")).toString() == u"is_not",
                        o.value(QLatin1String("value")).toString()});
        }
        if (!segment.name.isEmpty() && !segment.filters.isEmpty())
            out.append(segment);
    }
    return out;
}

QJsonObject SavedSegmentsModel::toJson(const QList<Segment> &segments)
{
    QJsonArray list;
    for (const Segment &s : segments) {
        QJsonArray filters;
        for (const analytics::Filter &f : s.filters)
            filters.append(QJsonObject {{QStringLiteral("dimension"), analytics::wireName(f.dimension)},
                {QStringLiteral("operator"), f.negated ? QStringLiteral("is_not") : QStringLiteral("is")},
                {QStringLiteral("value"), f.value}});
        list.append(QJsonObject {{QStringLiteral("name"), s.name}, {QStringLiteral("filters"), filters}});
    }
    return {{QStringLiteral("segments"), list}};
}

void SavedSegmentsModel::apply(int row)
{
    if (row >= 0 && row < m_segments.size())
        m_segment.setFilters(m_segments.at(row).filters);
}

void SavedSegmentsModel::saveCurrent(const QString &name)
{
    const QString trimmed = name.trimmed();
    const QList<analytics::Filter> filters = m_segment.filters();
    if (filters.isEmpty()) {
        Q_EMIT actionFinished(false, tr("Filter the dashboard first: a segment is a set of filters."));
        return;
    }
    if (trimmed.isEmpty() || trimmed.size() > 100) {
        Q_EMIT actionFinished(false, tr("Give the segment a name of 1 to 100 characters."));
        return;
    }
    if (std::any_of(
            filters.cbegin(), filters.cend(), [](const analytics::Filter &f) { return f.value.isEmpty(); })) {
        Q_EMIT actionFinished(false, tr("A filter on “(none)” cannot be saved; remove it first."));
        return;
    }
    QList<Segment> next = m_segments;
    next.removeIf([&](const Segment &s) { return s.name.compare(trimmed, Qt::CaseInsensitive) == 0; });
    if (next.size() >= kMaxSegments) {
        Q_EMIT actionFinished(false,
            tr("You have %1 saved segments, the most there can be; delete one first.").arg(kMaxSegments));
        return;
    }
    next.append({trimmed, filters});
    put(next, tr("Saved the segment “%1”.").arg(trimmed));
}

void SavedSegmentsModel::remove(int row)
{
    if (row < 0 || row >= m_segments.size())
        return;
    QList<Segment> next = m_segments;
    const QString name = next.takeAt(row).name;
    put(next, tr("Deleted the segment “%1”.").arg(name));
}

void SavedSegmentsModel::put(const QList<Segment> &segments, const QString &done)
{
    AccountRuntime *runtime = m_runtime;
    if (!runtime || m_saving)
        return;
    m_saving = true;
    Q_EMIT savingChanged();
    apicall::send(*runtime, this, "PUT", QStringLiteral("/segments"), toJson(segments),
        apicall::ifMatch(m_version), [this, done](const ApiResult &result) {
            m_saving = false;
            Q_EMIT savingChanged();
            AccountRuntime *current = m_runtime;
            if (result.ok() && current) {
                current->storeDocument(kDocument, result.json()); // shown at once, and offline
                show(result.json());
                Q_EMIT actionFinished(true, done);
                return;
            }
            if (result.status == 412 && current) {
                const QJsonObject theirs = result.json().value(QStringLiteral("current")).toObject();
                if (!theirs.isEmpty()) {
                    current->storeDocument(kDocument, theirs);
                    show(theirs);
                }
                Q_EMIT actionFinished(false,
                    tr("Your segments were changed elsewhere meanwhile; that list is "
                       "shown now. Try again."));
                return;
            }
            Q_EMIT actionFinished(false, apicall::failureText(result));
        });
}

int SavedSegmentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_segments.size());
}

QVariant SavedSegmentsModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Segment &s = m_segments.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return s.name;
    case SummaryRole: {
        QStringList said;
        for (const analytics::Filter &f : s.filters)
            said << SegmentModel::describe(f);
        return said.join(QStringLiteral(" · "));
    }
    case FilterCountRole:
        return int(s.filters.size());
    }
    return {};
}

QHash<int, QByteArray> SavedSegmentsModel::roleNames() const
{
    return {{NameRole, "name"}, {SummaryRole, "summary"}, {FilterCountRole, "filterCount"}};
}

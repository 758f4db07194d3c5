#include "sincelastlookmodel.h"

#include "account/accountruntime.h"
#include "core/leadfilter.h"
#include "core/leadvocabulary.h"
#include "storage/cachereader.h"
#include "storage/databasecontext.h"
#include "storage/databasethread.h"
#include "storage/lastlook.h"
#include "sync/accountsync.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimeZone>

using sincelastlookquery::Digest;
using sincelastlookquery::Entry;
using Section = SinceLastLook::Section;

namespace {
// A note in one line, short enough for a row.
QString gist(QString text)
{
    constexpr qsizetype kLength = 140;
    text = text.simplified();
    return text.size() <= kLength ? text : text.left(kLength - 1).trimmed() + QChar(0x2026);
}
} // namespace

SinceLastLookModel::SinceLastLookModel(QObject *parent)
    : CacheListModel(parent)
{
    // The team too: the names of authors and previous assignees; target lists and exclusions
    // decide which companies show.
    watch({Collection::Leads, Collection::Notes, Collection::Team, Collection::TargetLists,
        Collection::TargetAccounts, Collection::Exclusions});
    // Live traffic changes leads many times a second; a digest a second behind is fresh enough,
    // and a big cache's digest (tens of milliseconds) then runs at most once a second.
    setReloadDelay(kLiveReloadDelayMs);
    // The words follow a switch of the UI language (the translator's change reaches the app object).
    QCoreApplication::instance()->installEventFilter(this);
}

void SinceLastLookModel::attached(AccountRuntime &runtime)
{
    m_firstLoad = true;
    // Who "me" is decides two sections.
    connect(&runtime.cache(), &CacheReader::documentChanged, this, [this](const QString &name) {
        if (name == u"me")
            scheduleReload();
    });
    // The first sync that finishes sets the mark (SyncEngine, lastlook::startIfUnmarked).
    connect(&runtime.sync().engine(), &SyncEngine::runFinished, this, [this] {
        if (!marked())
            scheduleReload();
    });
}

int SinceLastLookModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> SinceLastLookModel::roleNames() const
{
    return {{SectionRole, "section"}, {LeadIdRole, "leadId"}, {NameRole, "name"}, {DomainRole, "domain"},
        {DetailRole, "detail"}, {TimeRole, "time"}, {MoreRole, "more"}};
}

QVariant SinceLastLookModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    const Entry &entry = row.entry;
    switch (role) {
    case SectionRole:
        return int(entry.section);
    case LeadIdRole:
        return entry.leadId;
    case NameRole:
    case Qt::DisplayRole:
        return entry.name;
    case DomainRole:
        return entry.domain;
    case DetailRole:
        return detail(row);
    case TimeRole:
        return row.more > 0 ? QDateTime() : QDateTime::fromSecsSinceEpoch(entry.at, QTimeZone::utc());
    case MoreRole:
        return row.more;
    default:
        return {};
    }
}

QString SinceLastLookModel::detail(const Row &row) const
{
    const Entry &e = row.entry;
    if (row.more > 0)
        return tr("and %n more", "", row.more);
    switch (e.section) {
    case Section::NewHotLead:
        return e.isNew ? tr("New lead, score %1").arg(e.after)
                       : tr("Score %1 → %2: now hot").arg(e.before).arg(e.after);
    case Section::TargetAccount:
        if (e.other.isEmpty())
            return e.firstVisit ? tr("First visit of a target account") : tr("A target account came back");
        return e.firstVisit ? tr("First visit · on “%1”").arg(e.other)
                            : tr("Came back · on “%1”").arg(e.other);
    case Section::ScoreRise:
        return tr("Score %1 → %2 (+%3)").arg(e.before).arg(e.after).arg(e.after - e.before);
    case Section::AssignedToMe:
        if (e.isNew)
            return tr("New lead, assigned to you");
        if (!e.hadBefore)
            return tr("Assigned to you (was unassigned)");
        return e.other.isEmpty() ? tr("Assigned to you") : tr("Assigned to you (was %1)").arg(e.other);
    case Section::TeammateNote:
        return tr("%1: %2").arg(e.other.isEmpty() ? tr("A teammate") : e.other, gist(e.text));
    }
    return {};
}

QDateTime SinceLastLookModel::lastLookAt() const
{
    return marked() ? QDateTime::fromSecsSinceEpoch(m_digest.mark.at, QTimeZone::utc()) : QDateTime();
}

QList<int> SinceLastLookModel::totals() const
{
    return QList<int>(m_digest.totals.cbegin(), m_digest.totals.cend());
}

int SinceLastLookModel::total() const
{
    int sum = 0;
    for (const int n : m_digest.totals)
        sum += n;
    return sum;
}

void SinceLastLookModel::load(CacheReader &cache, quint64 generation)
{
    // On the scanning reader: a reload under live traffic never queues in front of a click.
    cache.scan<Digest>(
        this, [](SqlDatabase &db) { return sincelastlookquery::compute(db, kPerSection); },
        [this, generation](Digest digest) {
            if (!current(generation))
                return;
            const QString error = digest.error;
            apply(std::move(digest));
            finish(generation, error);
        });
}

void SinceLastLookModel::apply(Digest digest)
{
    QList<Row> rows;
    rows.reserve(digest.entries.size() + SinceLastLook::kSections);
    int shown = 0; // of the current section
    for (qsizetype i = 0; i < digest.entries.size(); ++i) {
        const Entry &entry = digest.entries.at(i);
        rows.append({entry, 0});
        ++shown;
        const bool lastOfSection
            = i + 1 == digest.entries.size() || digest.entries.at(i + 1).section != entry.section;
        if (!lastOfSection)
            continue;
        const int more = digest.totals[size_t(entry.section)] - shown;
        shown = 0;
        if (more > 0) {
            Row row;
            row.entry.section = entry.section;
            row.more = more;
            rows.append(row);
        }
    }
    m_digest = std::move(digest);
    const auto sameShape = [&] {
        if (rows.size() != m_rows.size())
            return false;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows.at(i).entry.section != m_rows.at(i).entry.section
                || (rows.at(i).more > 0) != (m_rows.at(i).more > 0))
                return false;
        }
        return true;
    };
    if (sameShape()) {
        // Same sections in the same places: only the rows that changed are told, so a live update
        // keeps the view's place (a section's header moves only with a reset).
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows.at(i) == m_rows.at(i))
                continue;
            m_rows[i] = rows.at(i);
            Q_EMIT dataChanged(index(int(i)), index(int(i)));
        }
    } else {
        replaceRows(m_rows, std::move(rows));
    }
    Q_EMIT digestChanged();
    if (m_firstLoad && m_digest.error.isEmpty()) {
        m_firstLoad = false;
        const bool news = marked() && total() > 0;
        if (news != m_newsAtOpen) {
            m_newsAtOpen = news;
            Q_EMIT newsAtOpenChanged();
        }
    }
}

void SinceLastLookModel::clear()
{
    m_rows.clear();
    m_digest = {};
    m_firstLoad = false;
    Q_EMIT digestChanged();
    if (m_newsAtOpen) {
        m_newsAtOpen = false;
        Q_EMIT newsAtOpenChanged();
    }
}

void SinceLastLookModel::markAllSeen()
{
    AccountRuntime *ws = runtime();
    if (!ws)
        return;
    ws->writer().call<QString>(
        this,
        [now = QDateTime::currentSecsSinceEpoch()](DatabaseContext &context) {
            QString error;
            lastlook::markSeen(context.db(), now, &error);
            return error;
        },
        [this](const QString &error) {
            if (!error.isEmpty())
                Q_EMIT actionFinished(false, tr("Could not mark the changes seen: %1").arg(error));
            reload();
        });
}

QVariantMap SinceLastLookModel::moreView(int section) const
{
    LeadFilter filter;
    LeadSort sort;
    switch (Section(section)) {
    case Section::NewHotLead:
        filter.temperatures = {Lead::wireName(Lead::Temperature::Hot)};
        sort = {LeadSort::Column::Created, true};
        break;
    case Section::TargetAccount:
        // Visits since the day of the last look; the list, when there is only one to be on.
        if (!marked() || m_digest.onlyTargetList <= 0)
            return {};
        filter.targetListId = m_digest.onlyTargetList;
        filter.lastVisitFrom = lastLookAt().toLocalTime().date();
        sort = {LeadSort::Column::LastVisit, true};
        break;
    case Section::AssignedToMe:
        if (m_digest.meId <= 0)
            return {};
        filter.assigneeId = m_digest.meId;
        sort = {LeadSort::Column::LastVisit, true};
        break;
    case Section::ScoreRise:
    case Section::TeammateNote:
    default:
        return {};
    }
    return {{QStringLiteral("filter"), filter.toJson().toVariantMap()},
        {QStringLiteral("sort"), LeadSort::columnName(sort.column)},
        {QStringLiteral("descending"), sort.descending}};
}

bool SinceLastLookModel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange && rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {DetailRole});
    return CacheListModel::eventFilter(watched, event);
}

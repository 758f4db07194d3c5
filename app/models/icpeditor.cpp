#include "icpeditor.h"

#include "account/accountruntime.h"
#include "apicall.h"
#include "runtimebinding.h"
#include "storage/cachereader.h"
#include "storage/fitgrades.h"

#include <QJsonDocument>

IcpEditor::IcpEditor(QObject *parent)
    : QObject(parent)
{ }

void IcpEditor::setRuntime(AccountRuntime *runtime)
{
    if (!runtimebinding::rebind(m_runtime, runtime, this))
        return;
    if (runtime) {
        connect(&runtime->cache(), &CacheReader::documentChanged, this, [this](const QString &name) {
            if (name == fitgrades::kDocument)
                reload();
        });
        connect(runtime, &AccountRuntime::permissionsChanged, this, &IcpEditor::changed);
    }
    reload();
}

bool IcpEditor::canEdit() const
{
    const AccountRuntime *runtime = m_runtime;
    return runtime && runtime->permissions().manageTriage;
}

QVariantList IcpEditor::dimensions() const
{
    QVariantList out;
    for (const IcpProfile::Dimension dimension : IcpProfile::dimensions()) {
        const IcpProfile::Criterion &c = m_edited.criterion(dimension);
        out.append(QVariantMap {{QStringLiteral("dimension"), int(dimension)},
            {QStringLiteral("label"), IcpProfile::label(dimension)}, {QStringLiteral("weight"), c.weight},
            {QStringLiteral("values"), c.values}});
    }
    return out;
}

void IcpEditor::reload()
{
    AccountRuntime *runtime = m_runtime;
    if (!runtime)
        return;
    const quint64 generation = ++m_generation;
    runtime->cache().read<IcpProfile>(
        this, [](SqlDatabase &db) { return fitgrades::read(db); },
        [this, generation](const IcpProfile &profile) {
            if (generation != m_generation)
                return;
            // Edits in progress stay; a profile saved elsewhere replaces an untouched one.
            const bool untouched = !dirty();
            m_saved = profile;
            if (untouched)
                m_edited = profile;
            Q_EMIT changed();
        });
}

void IcpEditor::edit(int dimension, const std::function<void(IcpProfile::Criterion &)> &change)
{
    if (dimension < 0 || dimension >= IcpProfile::dimensions().size())
        return;
    const auto d = IcpProfile::Dimension(dimension);
    IcpProfile::Criterion c = m_edited.criterion(d);
    change(c);
    m_edited.setCriterion(d, c);
    Q_EMIT changed();
}

void IcpEditor::setWeight(int dimension, int weight)
{
    edit(dimension,
        [weight](IcpProfile::Criterion &c) { c.weight = std::clamp(weight, 0, IcpProfile::kMaxWeight); });
}

void IcpEditor::addValue(int dimension, const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return;
    edit(dimension, [v](IcpProfile::Criterion &c) {
        if (!c.values.contains(v, Qt::CaseInsensitive) && c.values.size() < IcpProfile::kMaxValues)
            c.values.append(v);
    });
}

void IcpEditor::removeValue(int dimension, const QString &value)
{
    edit(dimension, [value](IcpProfile::Criterion &c) { c.values.removeAll(value); });
}

void IcpEditor::revert()
{
    m_edited = m_saved;
    Q_EMIT changed();
}

void IcpEditor::save()
{
    AccountRuntime *runtime = m_runtime;
    if (!runtime || m_saving || !dirty())
        return;
    if (!canEdit()) {
        Q_EMIT actionFinished(false, tr("Only an owner or an admin may change the ideal customer profile."));
        return;
    }
    m_saving = true;
    Q_EMIT changed();
    apicall::send(*runtime, this, "PUT", u'/' + fitgrades::kDocument, m_edited.toJson(),
        apicall::ifMatch(m_saved.version()), [this](const ApiResult &result) {
            m_saving = false;
            AccountRuntime *current = m_runtime;
            if (result.ok() && current) {
                // Kept in the cache at once: the leads are regraded there, and the lead list follows.
                m_saved = IcpProfile::fromJson(result.json(), nullptr).value_or(m_edited);
                m_edited = m_saved;
                current->storeDocument(fitgrades::kDocument, result.json());
                Q_EMIT changed();
                Q_EMIT actionFinished(true, tr("Profile saved; every lead has been graded again."));
                return;
            }
            if (result.status == 412 && current) {
                const QJsonObject theirs = result.json().value(QStringLiteral("current")).toObject();
                if (!theirs.isEmpty())
                    current->storeDocument(fitgrades::kDocument, theirs);
                Q_EMIT changed();
                Q_EMIT actionFinished(false,
                    tr("Someone else changed the profile meanwhile. Their version is shown; your changes "
                       "are still here to save again."));
                return;
            }
            Q_EMIT changed();
            Q_EMIT actionFinished(false, apicall::failureText(result));
        });
}

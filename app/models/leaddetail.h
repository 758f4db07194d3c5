#pragma once

#include "core/leadvocabulary.h"

#include "leadtriage.h"
#include "notesmodel.h"
#include "visittimelinemodel.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>

class AccountRuntime;

// The lead detail screen: the company's facts and score, its visits and notes, and what the user
// may change — status, assignee, tags, notes — through the outbox, so every edit shows at once,
// works offline and is marked pending until the server has it (or shows the conflict if the server
// kept another value). "Push to <CRM>" needs the network and says so when it is not there.
class LeadDetail : public QObject
{
    Q_OBJECT
    Q_PROPERTY(qint64 leadId READ leadId WRITE setLeadId NOTIFY leadIdChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY changed)
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(QVariantMap lead READ lead NOTIFY changed)
    Q_PROPERTY(QString syncState READ syncState NOTIFY changed)
    Q_PROPERTY(QVariantList conflicts READ conflicts NOTIFY changed)
    Q_PROPERTY(QVariantList crmTargets READ crmTargets NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY changed)
    Q_PROPERTY(bool pushing READ pushing NOTIFY pushingChanged)
    Q_PROPERTY(NotesModel *notes READ notes CONSTANT)
    Q_PROPERTY(VisitTimelineModel *visits READ visits CONSTANT)
    Q_PROPERTY(LeadTriage *triage READ triage CONSTANT)

public:
    explicit LeadDetail(QObject *parent = nullptr);

    void setRuntime(AccountRuntime *runtime);
    qint64 leadId() const { return m_leadId; }
    void setLeadId(qint64 id);
    bool loading() const { return m_loading; }
    bool found() const { return !m_lead.isEmpty(); }
    QVariantMap lead() const { return m_lead; }
    // "synced", "pending", "conflict": the key of the chip's label and colour.
    QString syncState() const { return Lead::wireName(m_syncState); }
    QVariantList conflicts() const { return m_conflicts; }
    QVariantList crmTargets() const { return m_crmTargets; }
    QString error() const { return m_error; }
    bool canEdit() const;
    bool pushing() const { return m_pushing; }
    NotesModel *notes() { return &m_notes; }
    VisitTimelineModel *visits() { return &m_visits; }
    LeadTriage *triage() { return &m_triage; }

    Q_INVOKABLE void setStatus(const QString &status);
    Q_INVOKABLE void setAssignee(qint64 memberId); // 0: nobody
    Q_INVOKABLE void setTags(const QStringList &tags);
    Q_INVOKABLE void addTag(const QString &tag);
    Q_INVOKABLE void removeTag(const QString &tag);
    Q_INVOKABLE void addNote(const QString &body);
    Q_INVOKABLE void editNote(qint64 noteId, const QString &body);
    Q_INVOKABLE void deleteNote(qint64 noteId);
    Q_INVOKABLE void pushToCrm(qint64 integrationId);
    Q_INVOKABLE void dismissConflict(qint64 conflictId);
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void leadIdChanged();
    void changed();
    void pushingChanged();
    void actionFinished(bool ok, const QString &message);

private:
    void edit(const QJsonObject &fields);
    void report(bool ok, const QString &error, const QString &done);

    QPointer<AccountRuntime> m_runtime;
    qint64 m_leadId = 0;
    QVariantMap m_lead;
    Lead::SyncState m_syncState = Lead::SyncState::Synced;
    QVariantList m_conflicts;
    QVariantList m_crmTargets;
    QString m_error;
    bool m_loading = false;
    bool m_pushing = false;
    quint64 m_generation = 0;
    QTimer m_reloadTimer;
    NotesModel m_notes;
    VisitTimelineModel m_visits;
    LeadTriage m_triage;
};

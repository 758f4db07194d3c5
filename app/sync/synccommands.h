#pragma once

#include "core/commandline.h"

#include <QCoreApplication>
#include <QTextStream>

struct SyncSummary;

// --sync-once and --export-leads: the cache without a window. --sync-once syncs the signed-in
// account until caught up (progress on stderr, about once a second), prints a JSON summary on
// stdout and exits 0, or 1 on failure, 3 when not signed in or the session ended. --export-leads
// reads only the local cache, so it works with the network gone.
class SyncCommands
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommands)

public:
    SyncCommands(const CommandLineOptions &options, QTextStream &out, QTextStream &err);

    int run();
    static QByteArray summaryJson(const SyncSummary &summary);

private:
    int syncOnce();
    int exportLeads();

    const CommandLineOptions &m_options;
    QTextStream &m_out;
    QTextStream &m_err;
};

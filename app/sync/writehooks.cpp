#include "writehooks.h"

#include "alerts/alertevaluator.h"
#include "outboxstore.h"
#include "pagewriter.h"
#include "storage/databasecontext.h"
#include "storage/eventaggregates.h"

void installWriteHooks(PageWriter &writer, DatabaseContext &context)
{
    // Order matters where two hooks share a collection: a page view is counted in the aggregates
    // before the alert rules look at it, and pending edits go back on top last, after the rules
    // have seen the server's state of a lead.
    writer.addHook(Collection::Pageviews, context.get<EventAggregates>());
    AlertEvaluator &alerts = context.get<AlertEvaluator>();
    writer.addHook(Collection::Leads, alerts);
    writer.addHook(Collection::Pageviews, alerts);
    OutboxStore &outbox = context.get<OutboxStore>();
    for (const Collection collection : OutboxStore::editedCollections())
        writer.addHook(collection, outbox);
}

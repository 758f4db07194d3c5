#pragma once

class DatabaseContext;
class PageWriter;

// Registers the app's write hooks on a new PageWriter: chart aggregates on the page views, alert
// rules on leads and page views, and the outbox's pending edits on the collections people edit.
// The one place that knows which collection needs what beside its rows.
void installWriteHooks(PageWriter &writer, DatabaseContext &context);

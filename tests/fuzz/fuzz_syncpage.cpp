// A page of GET /v1/{collection}: the input's first line names the collection, the rest is the
// body (seeds: corpus/syncpage/, real pages of a seeded server).
#include "fuzzinput.h"
#include "storage/cachedcollection.h"
#include "sync/syncpage.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QString name = QString::fromUtf8(input.left(std::max<qsizetype>(newline, 0)));
    const CachedCollection *collection = CachedCollection::find(name);
    const QString chosen = collection ? collection->name : CachedCollection::all().constFirst().name;
    QString error;
    const auto page = SyncPage::parse(chosen, input.mid(newline + 1), &error);
    // Refused as a whole, with a reason, or accepted with a cursor to go on from.
    FUZZ_CHECK(page.has_value() != !error.isEmpty());
    FUZZ_CHECK(!page || !page->hasMore || !page->nextCursor.isEmpty());
    return 0;
}

// An outbox record's JSON (payload and base of a queued edit, stored in the cache) and its kind.
#include "fuzzinput.h"
#include "sync/outboxtypes.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = fuzz::text(data, size);
    const QJsonObject object = outboxjson::objectFromText(text);
    FUZZ_CHECK(outboxjson::objectFromText(outboxjson::objectText(object)) == object);
    (void)OutboxOp::kindFromName(text);
    return 0;
}

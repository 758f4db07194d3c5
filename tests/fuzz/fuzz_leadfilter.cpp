// A saved view's filter as settings hand it back: read, and written again the same.
#include "core/leadfilter.h"
#include "fuzzinput.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const LeadFilter filter = LeadFilter::fromJson(QJsonDocument::fromJson(fuzz::bytes(data, size)).object());
    FUZZ_CHECK(LeadFilter::fromJson(filter.toJson()) == filter);
    return 0;
}

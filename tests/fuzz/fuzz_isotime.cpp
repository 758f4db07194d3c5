// The times in every server answer (ISO 8601, UTC).
#include "fuzzinput.h"
#include "storage/isotime.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)isotime::parse(fuzz::text(data, size));
    return 0;
}

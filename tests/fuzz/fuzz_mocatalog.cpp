// A gettext .mo file (the iso-codes catalogs the country names come from).
#include "core/mocatalog.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    MoCatalog catalog;
    const bool loaded = catalog.loadData(fuzz::bytes(data, size));
    FUZZ_CHECK(loaded || catalog.isEmpty());
    (void)catalog.translate("Germany");
    return 0;
}

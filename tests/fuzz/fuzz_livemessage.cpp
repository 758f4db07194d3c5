// A frame of the live WebSocket stream, as any server (or anything in between) may send it.
#include "fuzzinput.h"
#include "sync/livemessage.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const LiveMessage message = LiveMessage::parse(fuzz::bytes(data, size));
    // An invalid frame says why; a valid one names what it is about.
    FUZZ_CHECK(message.isValid() || !message.error.isEmpty());
    FUZZ_CHECK(message.type != LiveMessage::Type::Change || !message.collection.isEmpty());
    return 0;
}

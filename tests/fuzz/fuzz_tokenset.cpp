// The token set as the keychain hands it back (anything may have been written there).
#include "auth/tokenset.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const TokenSet tokens = TokenSet::deserialise(fuzz::bytes(data, size));
    if (tokens.isValid()) {
        const TokenSet again = TokenSet::deserialise(tokens.serialise());
        FUZZ_CHECK(again.accessToken == tokens.accessToken && again.refreshToken == tokens.refreshToken);
    }
    return 0;
}

// An answer's body as the client reads it for a problem (RFC 9457) or an OAuth error.
#include "api/apiresult.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ApiResult result;
    result.kind = ApiResult::Kind::HttpError;
    result.status = 400;
    result.body = fuzz::bytes(data, size);
    result.headers = {{"Content-Type", "application/problem+json"}, {"Retry-After", result.body.left(32)}};
    (void)result.json();
    (void)result.errorCode();
    (void)result.header("retry-after");
    return 0;
}

// What a client sends miraget-server: the head of a request as HttpConnection reads it, then its
// body the way the handlers read one (JSON object, form).
#include "fuzzinput.h"
#include "http/httprequesthead.h"

#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const HttpLimits limits;
    const QByteArray input = fuzz::bytes(data, size);
    const HttpRequestHead head = HttpRequestHead::parse(input, limits, QHostAddress::LocalHost);
    switch (head.outcome) {
    case HttpRequestHead::Outcome::Incomplete:
        FUZZ_CHECK(!input.contains("\r\n\r\n") || input.indexOf("\r\n\r\n") > limits.maxHeaderBytes);
        return 0;
    case HttpRequestHead::Outcome::Refused:
        FUZZ_CHECK(head.status >= 400 && head.status < 600 && !head.detail.isEmpty());
        return 0;
    case HttpRequestHead::Outcome::Complete:
        break;
    }
    FUZZ_CHECK(head.headBytes > 0 && head.headBytes <= input.size());
    FUZZ_CHECK(head.contentLength >= 0 && head.contentLength <= limits.maxBodyBytes);
    FUZZ_CHECK(head.request.path.startsWith(u'/') || head.request.path.isEmpty());
    ApiRequest request = head.request;
    request.body = input.mid(head.headBytes, head.contentLength);
    QJsonObject object;
    QString error;
    FUZZ_CHECK(request.jsonBody(&object, &error) != !error.isEmpty());
    (void)request.formBody();
    (void)ApiRequest::isJsonType(request.header("content-type"));
    return 0;
}

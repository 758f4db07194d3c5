// A miraget:// link as a browser, the desktop or a second launch hands it over: read without a
// crash; what is read is written back and read again the same, also through QUrl. And the other
// way: a lead-list view (a saved view's filter, from the same bytes as JSON) that a link can carry
// is written and read back the same.
#include "core/miragetlink.h"
#include "fuzzinput.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = fuzz::text(data, size);
    QString error;
    const std::optional<MiragetLink> link = MiragetLink::parse(text, &error);
    FUZZ_CHECK(link.has_value() == error.isEmpty());
    if (link) {
        FUZZ_CHECK(link->isValid());
        const QString written = link->toString();
        // The one spelling is never longer than any spelling that was accepted.
        FUZZ_CHECK(!written.isEmpty() && written.size() <= text.size());
        const std::optional<MiragetLink> again = MiragetLink::parse(written, &error);
        FUZZ_CHECK(again && *again == *link && again->toString() == written);
        const QUrl url = link->toUrl();
        FUZZ_CHECK(url.isValid() && url.toString(QUrl::FullyEncoded) == written);
    }

    const LeadFilter filter = LeadFilter::fromJson(QJsonDocument::fromJson(fuzz::bytes(data, size)).object());
    const MiragetLink view = MiragetLink::leads(
        MiragetLink::accountKey(QUrl(QStringLiteral("https://a.example")), 1), filter, {});
    if (view.isValid()) {
        const std::optional<MiragetLink> back = MiragetLink::parse(view.toString(), &error);
        FUZZ_CHECK(back && *back == view);
    } else {
        FUZZ_CHECK(view.toString().isEmpty());
    }
    return 0;
}

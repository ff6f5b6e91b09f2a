// libFuzzer target: the server's request decoding. The first byte picks the Content-Encoding (so gzip
// bodies are fuzzed too); the rest is the body. A decoded push body is then read record by record as
// the server does. Nothing may crash, hang or read out of bounds; errors are values.
#include "Protocol.h"
#include "RequestBody.h"

#include <QJsonArray>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const QByteArray encodings[] = {QByteArray(), QByteArrayLiteral("gzip"),
                                           QByteArrayLiteral("identity"), QByteArrayLiteral("br")};
    const QByteArray encoding = encodings[data[0] % 4];
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    auto decoded = junheng::server::RequestBody::decode(body, encoding);
    if (!decoded)
        return 0;
    const QJsonArray records = decoded->value("records").toArray();
    for (qsizetype i = 0; i < records.size(); ++i) {
        auto record =
            junheng::protocol::WireRecord::fromJson(records.at(i).toObject(), QStringLiteral("fuzz"));
        if (record)
            (void)junheng::protocol::payloadHash(record->payload);
    }
    return 0;
}

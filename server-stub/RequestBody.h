#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace junheng::server {

// A request body as the API reads it: at most protocol::MaxBodyBytes on the wire and again after gzip,
// UTF-8, one JSON object. Errors: request.too_large (413), request.unsupported_encoding (415),
// request.invalid (400). Pure (no I/O), so the fuzzer drives exactly what the server runs.
class RequestBody
{
public:
    // `text`, when given, receives the body as parsed (after gzip).
    static Result<QJsonObject> decode(const QByteArray &body, const QByteArrayView contentEncoding,
                                      QByteArray *text = nullptr);
    static Error tooLarge(qint64 bytes);
    // An integer query parameter of at least `minimum`; `fallback` when absent. Else request.invalid.
    static Result<qint64> integerParameter(const QUrlQuery &query, const QString &name, qint64 fallback,
                                           qint64 minimum);
};

} // namespace junheng::server

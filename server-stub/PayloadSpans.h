#pragma once

#include <QByteArrayView>
#include <QList>

namespace junheng::server {

// Where each record's payload is in a push body's text: the exact bytes of records[i].payload, in order.
// A device sends the stored payload text its payload_hash was made of; when those bytes hash to the claimed
// hash the server keeps them as they are rather than serialising the parsed object again (which was a tenth
// of a push's work). Empty whenever the body is not plainly one object with one "records" array of objects
// each with one "payload" key (a key written with escapes, a duplicate, deep nesting): the caller then
// serialises every payload as before. The body must already have parsed as JSON.
QList<QByteArrayView> payloadSpans(QByteArrayView body);

} // namespace junheng::server

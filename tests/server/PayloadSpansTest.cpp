// Where each payload is in a push body (server-stub/PayloadSpans): found only when the text means exactly
// what the parsed body holds.
#include "PayloadSpans.h"

#include <gtest/gtest.h>

using junheng::server::payloadSpans;

namespace {

QList<QByteArray> spans(const QByteArray &body)
{
    QList<QByteArray> out;
    for (QByteArrayView span : payloadSpans(body))
        out.append(span.toByteArray());
    return out;
}

} // namespace

TEST(PayloadSpans, FindsEachRecordsPayloadTextInOrder)
{
    const QByteArray body =
        R"({"reply":"compact","records":[{"uuid":"a","payload":{"b":[1,2,{"c":"x\"}"}],"a":1.5},"revision":1},)"
        R"( {"payload" : {"z":null} , "uuid":"b"}]})";
    EXPECT_EQ(spans(body), (QList<QByteArray>{R"({"b":[1,2,{"c":"x\"}"}],"a":1.5})", R"({"z":null})"}));
    EXPECT_TRUE(spans(R"({"records":[]})").isEmpty());
}

TEST(PayloadSpans, RefusesWhatAParserCouldReadOtherwise)
{
    // A key written with an escape, a second payload key, a duplicate key inside a payload, two records
    // arrays, a record that is not an object, trailing text.
    for (const QByteArray &body : {QByteArray(R"({"records":[{"p\u0061yload":{"a":1},"payload":{"a":2}}]})"),
                                  QByteArray(R"({"records":[{"payload":{"a":1},"payload":{"a":2}}]})"),
                                  QByteArray(R"({"records":[{"payload":{"a":1,"a":2}}]})"),
                                  QByteArray(R"({"records":[{"payload":{"r":{"k":1,"k":2}}}]})"),
                                  QByteArray(R"({"records":[{"payload":{}}],"records":[]})"),
                                  QByteArray(R"({"records":[1]})"), QByteArray(R"({"records":[{"payload":1}]} x)")})
        EXPECT_TRUE(spans(body).isEmpty()) << body.toStdString();
}

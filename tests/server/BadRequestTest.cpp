// The bad-request corpus: malformed JSON, wrong types, oversize bodies, invalid UTF-8, SQL and script
// injection strings, replayed and forged tokens. Each gets a clear 4xx with a JSON error in Chinese, and
// nothing is stored (no record, device, used code or audit row).
#include "EnrolmentService.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace junheng::server;
using namespace junheng::server::test;

namespace {

enum class Auth { None, Valid, Revoked, Forged, Malformed };

struct BadRequest
{
    const char *name;
    QByteArray method;
    QString path;
    QByteArray body;
    Auth auth;
    int status; // the 4xx expected
    const char *code;
    QList<QPair<QByteArray, QByteArray>> headers = {};
};

QByteArray record(const QJsonObject &changes)
{
    QJsonObject object =
        wireRecord("0f8fad5b-d9cb-469f-a165-70867728950e", "3703990101", "S1", validS1Payload());
    for (auto it = changes.begin(); it != changes.end(); ++it)
        object.insert(it.key(), it.value());
    return QJsonDocument(pushBody({object})).toJson(QJsonDocument::Compact);
}

QList<BadRequest> corpus()
{
    const QString push = QStringLiteral("/api/v1/records/push");
    const QString enrol = QStringLiteral("/api/v1/enrol");
    QByteArray oversize = R"({"records": [], "padding": ")" + QByteArray(5 * 1024 * 1024, 'x') + R"("})";
    QByteArray tooMany = R"({"records": [)";
    for (int i = 0; i <= junheng::protocol::MaxBatchRecords; ++i)
        tooMany += (i ? "," : "") + record({}).mid(12).chopped(2);
    tooMany += "]}";
    return {
        {"malformed JSON", "POST", push, R"({"records": [)", Auth::Valid, 400, "request.invalid"},
        {"not JSON", "POST", push, "records=1&x=2", Auth::Valid, 400, "request.invalid"},
        {"empty body", "POST", push, "", Auth::Valid, 400, "request.invalid"},
        {"JSON array, not object", "POST", push, "[]", Auth::Valid, 400, "request.invalid"},
        {"records not an array", "POST", push, R"({"records": {"a": 1}})", Auth::Valid, 400,
         "request.invalid"},
        {"record not an object", "POST", push, R"({"records": [null]})", Auth::Valid, 400, "request.invalid"},
        {"revision as text", "POST", push, record({{"revision", "1"}}), Auth::Valid, 400, "request.invalid"},
        {"payload as array", "POST", push, record({{"payload", QJsonArray{1, 2}}}), Auth::Valid, 400,
         "request.invalid"},
        {"missing payload_hash", "POST", push, record({{"payload_hash", QJsonValue()}}), Auth::Valid, 400,
         "request.invalid"},
        {"SQL injection in uuid", "POST", push, record({{"uuid", "x'); DROP TABLE records; --"}}),
         Auth::Valid, 400, "request.invalid"},
        {"script in uuid", "POST", push, record({{"uuid", "<script>alert(1)</script>"}}), Auth::Valid, 400,
         "request.invalid"},
        {"invalid UTF-8", "POST", push,
         QByteArray(R"({"records": [{"uuid": ")") + "\xff\xfe\xc3\x28" + R"("}]})", Auth::Valid, 400,
         "request.invalid"},
        {"overlong UTF-8 NUL", "POST", enrol, QByteArray(R"({"code": ")") + "\xc0\x80" + R"("})", Auth::None,
         400, "request.invalid"},
        {"oversize body", "POST", push, oversize, Auth::Valid, 413, "request.too_large"},
        {"one record over the batch limit", "POST", push, tooMany, Auth::Valid, 413, "record.batch_too_large"},
        {"no token", "POST", push, record({}), Auth::None, 401, "auth.required"},
        {"forged token", "POST", push, record({}), Auth::Forged, 401, "auth.invalid"},
        {"malformed Authorization", "GET", "/api/v1/changes", {}, Auth::Malformed, 401, "auth.required"},
        {"replayed token of a revoked device", "POST", push, record({}), Auth::Revoked, 401, "auth.revoked"},
        {"SQL injection as token",
         "GET",
         "/api/v1/records",
         {},
         Auth::None,
         401,
         "auth.invalid",
         {{"Authorization", "Bearer ' OR '1'='1"}}},
        {"enrol code as number", "POST", enrol, R"({"code": 12345678})", Auth::None, 400, "request.invalid"},
        {"device_name as object", "POST", enrol, R"({"code": "AAAA-AAAA", "device_name": {"a": 1}})",
         Auth::None, 400, "request.invalid"},
        {"SQL injection as enrol code", "POST", enrol, R"({"code": "' OR 1=1 --"})", Auth::None, 403,
         "enrol.code_invalid"},
        {"script as enrol code", "POST", enrol, R"({"code": "<script>alert(1)</script>"})", Auth::None, 403,
         "enrol.code_invalid"},
        {"huge enrol code", "POST", enrol, R"({"code": ")" + QByteArray(10000, 'A') + R"("})", Auth::None,
         400, "request.invalid"},
        {"replayed enrol code", "POST", enrol, {}, Auth::None, 409, "enrol.code_used"},
        {"since not a number",
         "GET",
         "/api/v1/changes?since=1;DROP%20TABLE%20records",
         {},
         Auth::Valid,
         400,
         "request.invalid"},
        {"negative limit", "GET", "/api/v1/changes?limit=-5", {}, Auth::Valid, 400, "request.invalid"},
        {"SQL injection as school filter",
         "GET",
         "/api/v1/records?school=%27%20OR%201%3D1%20--",
         {},
         Auth::Valid,
         403,
         "scope.forbidden"},
        {"script as form filter",
         "GET",
         "/api/v1/records?form=%3Cscript%3E",
         {},
         Auth::Valid,
         400,
         "request.invalid"},
        {"review: malformed JSON", "POST", "/api/v1/reviews", R"({"cycle": )", Auth::Valid, 400,
         "request.invalid"},
        {"review by a school device", "POST", "/api/v1/reviews",
         R"({"cycle": "2025", "school_code": "3703990101", "form_id": "S1", "decision": "approve",
             "reviewer": "x"})",
         Auth::Valid, 403, "scope.forbidden"},
        {"review without token", "POST", "/api/v1/reviews", "{}", Auth::None, 401, "auth.required"},
        {"cycle created by a school device", "POST", "/api/v1/cycles",
         R"({"id": "2026", "name": "x", "opens_on": "2026-01-01", "closes_on": "2026-02-01"})", Auth::Valid,
         403, "scope.forbidden"},
        {"cycle closed by a school device",
         "POST",
         "/api/v1/cycles/2025/close",
         {},
         Auth::Valid,
         403,
         "scope.forbidden"},
        {"SQL injection as cycle id",
         "POST",
         "/api/v1/cycles/x'%3B%20DROP%20TABLE%20cycles%3B--/publish",
         {},
         Auth::Valid,
         403,
         "scope.forbidden"},
        {"events since not a number",
         "GET",
         "/api/v1/events?since=1%20OR%201=1",
         {},
         Auth::Valid,
         400,
         "request.invalid"},
        {"events with a forged token", "GET", "/api/v1/events", {}, Auth::Forged, 401, "auth.invalid"},
        {"schools without token", "GET", "/api/v1/schools", {}, Auth::None, 401, "auth.required"},
        {"unknown path", "GET", "/api/v1/../../etc/passwd", {}, Auth::Valid, 404, "request.not_found"},
        {"wrong method", "DELETE", push, {}, Auth::Valid, 405, "request.method_not_allowed"},
        {"unknown encoding",
         "POST",
         push,
         record({}),
         Auth::Valid,
         415,
         "request.unsupported_encoding",
         {{"Content-Encoding", "compress"}}},
    };
}

class BadRequestTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_server.ready()) << m_server.setupError().toStdString();
        m_token = m_server.enrol("3703990101");
        m_revoked = m_server.enrol("3703990102");
        ASSERT_FALSE(m_token.isEmpty());
        ASSERT_TRUE(EnrolmentService(m_server.database().connection())
                        .revokeDevice(m_server.deviceOf(m_revoked), "test")
                        .ok());
    }

    QList<int> counts()
    {
        QList<int> result;
        QSqlQuery query(m_server.database().connection());
        for (const char *sql :
             {"SELECT COUNT(*) FROM records", "SELECT COUNT(*) FROM devices",
              "SELECT COUNT(*) FROM enrolment_codes WHERE used_at IS NOT NULL",
              "SELECT COUNT(*) FROM audit_log", "SELECT COUNT(*) FROM schools", "SELECT COUNT(*) FROM cycles",
              "SELECT COUNT(*) FROM review_events", "SELECT COUNT(*) FROM submissions"})
            result.append(query.exec(sql) && query.next() ? query.value(0).toInt() : -1);
        return result;
    }

    TestServer m_server;
    QString m_token;
    QString m_revoked;
};

} // namespace

TEST_F(BadRequestTest, EveryBadRequestIsAClear4xxAndStoresNothing)
{
    const QList<int> before = counts();
    const QRegularExpression chinese(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    for (const BadRequest &bad : corpus()) {
        SCOPED_TRACE(bad.name);
        QString token;
        QList<QPair<QByteArray, QByteArray>> headers = bad.headers;
        switch (bad.auth) {
        case Auth::None:
            break;
        case Auth::Valid:
            token = m_token;
            break;
        case Auth::Revoked:
            token = m_revoked;
            break;
        case Auth::Forged:
            token = QString(64, QLatin1Char('f'));
            break;
        case Auth::Malformed:
            headers.append(qMakePair(QByteArray("Authorization"), QByteArray("Basic dXNlcjpwYXNz")));
            break;
        }
        QByteArray body = bad.body;
        if (QLatin1String(bad.name) == QLatin1String("replayed enrol code"))
            body = QJsonDocument(QJsonObject{{"code", m_server.demoCode("3703990101")}}).toJson();
        const HttpReply reply = m_server.send(bad.method, bad.path, body, token, headers);
        EXPECT_EQ(reply.status, bad.status) << reply.body.left(300).toStdString();
        EXPECT_EQ(reply.errorCode(), QLatin1String(bad.code));
        EXPECT_TRUE(reply.contentType.startsWith("application/json")) << reply.contentType.toStdString();
        EXPECT_TRUE(reply.errorMessage().contains(chinese)) << reply.errorMessage().toStdString();
        EXPECT_LT(reply.errorMessage().size(), 400) << "a message, not an echo of the request";
    }
    EXPECT_EQ(counts(), before);
}

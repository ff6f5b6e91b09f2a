// The store on either database (CTest runs this file on SQLite and on PostgreSQL): two server instances
// on one database with a device alternating between them, and every table keyed by county.
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace junheng::server;
using namespace junheng::server::test;

namespace {

// The leading column of every index of every table (PRIMARY KEY and UNIQUE included), as "table.index".
QHash<QString, QString> leadingColumns(ServerDatabase &database)
{
    QHash<QString, QString> result;
    QSqlQuery query(database.connection());
    if (database.dialect() == ServerDatabase::Dialect::Postgres) {
        query.exec("SELECT t.relname, i.relname, a.attname FROM pg_index x"
                   " JOIN pg_class t ON t.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid"
                   " JOIN pg_namespace n ON n.oid = t.relnamespace"
                   " JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = x.indkey[0]"
                   " WHERE n.nspname = current_schema() AND t.relname <> 'schema_version'");
        while (query.next())
            result.insert(query.value(0).toString() + '.' + query.value(1).toString(),
                          query.value(2).toString());
        return result;
    }
    QStringList tables;
    query.exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    while (query.next())
        tables.append(query.value(0).toString());
    for (const QString &table : tables) {
        QSqlQuery indexes(database.connection());
        indexes.exec("PRAGMA index_list(" + table + ")");
        while (indexes.next()) {
            const QString index = indexes.value(1).toString();
            QSqlQuery info(database.connection());
            info.exec("PRAGMA index_info(" + index + ")");
            if (info.next())
                result.insert(table + '.' + index, info.value(2).toString());
        }
    }
    return result;
}

} // namespace

TEST(StoreTest, EveryIndexOfEveryTableLeadsWithTheCountyCode)
{
    TestServer server;
    ASSERT_TRUE(server.ready()) << server.setupError().toStdString();
    const QHash<QString, QString> columns = leadingColumns(server.database());
    ASSERT_GE(columns.size(), 8);
    // Looked up by something that cannot name its county: a device's token, an enrolment code.
    const QStringList exempt{"devices.devices_token", "enrolment_codes.enrolment_codes_hash"};
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        if (!exempt.contains(it.key())) {
            EXPECT_EQ(it.value(), "county_code") << it.key().toStdString();
        }
    }
    for (const char *table :
         {"county", "towns", "schools", "enrolment_codes", "devices", "records", "audit_log"}) {
        bool found = false;
        for (auto it = columns.constBegin(); it != columns.constEnd(); ++it)
            found = found || it.key().startsWith(QLatin1String(table) + '.');
        // SQLite's records and audit_log are keyed by their rowid (seq, id) and indexed by county.
        EXPECT_TRUE(found) << table;
    }
}

TEST(StoreTest, TheSchemaIsMigratedOnceAndReopenedAsIs)
{
    TestServer server;
    ASSERT_TRUE(server.ready()) << server.setupError().toStdString();
    EXPECT_EQ(server.database().schemaVersion(), ServerDatabase::SchemaVersion);
    auto again = ServerDatabase::open(server.databaseLocation());
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(again.value()->schemaVersion(), ServerDatabase::SchemaVersion);
    QSqlQuery query(again.value()->connection());
    ASSERT_TRUE(query.exec("SELECT COUNT(*) FROM schools") && query.next());
    EXPECT_EQ(query.value(0).toInt(), 40);
}

// Two server processes' worth of state: two ApiServers, each with its own connection and port, on one
// database. A device alternates between them; nothing either instance keeps in memory may matter.
TEST(TwoInstancesTest, ADeviceAlternatingBetweenTwoInstancesSeesOneServer)
{
    TestServer first;
    ASSERT_TRUE(first.ready()) << first.setupError().toStdString();
    TestServer second(first, 2);
    ASSERT_TRUE(second.ready()) << second.setupError().toStdString();
    ASSERT_NE(first.port(), second.port());

    // Enrol on one, use the token on the other; the code is spent on both.
    const QString school = "3703990101";
    const QString token = first.enrol(school);
    ASSERT_FALSE(token.isEmpty());
    const HttpReply reused =
        second.postJson("/api/v1/enrol", QJsonObject{{"code", first.demoCode(school)}, {"device_name", "x"}});
    EXPECT_EQ(reused.status, 409);
    EXPECT_EQ(reused.errorCode(), "enrol.code_used");

    // Revision 1 through the first, the same again through the second (a retry that went elsewhere),
    // revision 2 through the second, a stale edit through the first.
    const QString uuid = newUuid();
    const QJsonObject r1 = wireRecord(uuid, school, "S1", validS1Payload(300));
    HttpReply reply = first.postJson("/api/v1/records/push", pushBody({r1}), token);
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    const QJsonObject applied = reply.json.value("results").toArray().at(0).toObject();
    EXPECT_EQ(applied.value("outcome").toString(), "applied");
    reply = second.postJson("/api/v1/records/push", pushBody({r1}), token);
    ASSERT_EQ(reply.status, 200);
    EXPECT_EQ(reply.json.value("results").toArray().at(0).toObject().value("outcome").toString(),
              "duplicate");
    EXPECT_EQ(reply.json.value("results").toArray().at(0).toObject().value("seq"), applied.value("seq"));

    reply = second.postJson("/api/v1/records/push",
                            pushBody({wireRecord(uuid, school, "S1", validS1Payload(310), 2, 1)}), token);
    ASSERT_EQ(reply.status, 200);
    EXPECT_EQ(reply.json.value("results").toArray().at(0).toObject().value("outcome").toString(), "applied");
    reply = first.postJson("/api/v1/records/push",
                           pushBody({wireRecord(uuid, school, "S1", validS1Payload(320), 2, 1)}), token);
    ASSERT_EQ(reply.status, 200);
    const QJsonObject conflict = reply.json.value("results").toArray().at(0).toObject();
    EXPECT_EQ(conflict.value("outcome").toString(), "conflict");
    EXPECT_EQ(conflict.value("error").toObject().value("code").toString(), "record.revision_reused");

    // A second school device pulls alternately and sees every change exactly once, in order.
    const QString town = first.enrol("370399001");
    ASSERT_FALSE(town.isEmpty());
    qint64 cursor = 0;
    QList<int> revisions;
    for (int round = 0; round < 4; ++round) {
        TestServer &server = round % 2 == 0 ? second : first;
        const HttpReply pulled =
            server.get(QStringLiteral("/api/v1/changes?since=%1&limit=1").arg(cursor), town);
        ASSERT_EQ(pulled.status, 200) << pulled.body.toStdString();
        for (const QJsonValue &change : pulled.json.value("changes").toArray())
            revisions.append(change.toObject().value("record").toObject().value("revision").toInt());
        cursor = pulled.json.value("next_cursor").toInteger();
    }
    EXPECT_EQ(revisions, (QList<int>{1, 2}));

    // The listing is the same whichever instance answers.
    const HttpReply listA = first.get("/api/v1/records?form=S1", town);
    const HttpReply listB = second.get("/api/v1/records?form=S1", town);
    ASSERT_EQ(listA.status, 200);
    EXPECT_EQ(listA.json, listB.json);
    EXPECT_EQ(listA.json.value("records").toArray().size(), 1);
}

TEST(TwoInstancesTest, TheSameBatchThroughBothInstancesIsStoredOnce)
{
    TestServer first;
    ASSERT_TRUE(first.ready()) << first.setupError().toStdString();
    TestServer second(first, 2);
    ASSERT_TRUE(second.ready()) << second.setupError().toStdString();
    const QString token = first.enrol("370399");
    ASSERT_FALSE(token.isEmpty());
    QList<QJsonObject> records;
    for (const char *school : {"3703990101", "3703990102", "3703990201", "3703990301"})
        records.append(wireRecord(newUuid(), school, "S4", validS4Payload()));
    const HttpReply a = first.postJson("/api/v1/records/push", pushBody(records), token);
    const HttpReply b = second.postJson("/api/v1/records/push", pushBody(records), token);
    ASSERT_EQ(a.status, 200) << a.body.toStdString();
    ASSERT_EQ(b.status, 200) << b.body.toStdString();
    QSqlQuery query(second.database().connection());
    ASSERT_TRUE(query.exec("SELECT COUNT(*) FROM records") && query.next());
    EXPECT_EQ(query.value(0).toInt(), 4);
    for (const QJsonValue &result : b.json.value("results").toArray())
        EXPECT_EQ(result.toObject().value("outcome").toString(), "duplicate");
}

namespace {

// A junheng-server process on the test database, plain HTTP on loopback, any free port.
class ServerRun
{
public:
    ~ServerRun()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000))
                m_process.kill();
        }
    }

    quint16 start(const QStringList &databaseArguments)
    {
        m_process.start(QStringLiteral(JUNHENG_SERVER_EXE),
                        databaseArguments + QStringList{"--port", "0", "--insecure-http"});
        if (!m_process.waitForStarted(10000))
            return 0;
        QByteArray line;
        while (!line.contains('\n') && m_process.waitForReadyRead(15000))
            line += m_process.readAllStandardOutput();
        const auto match = QRegularExpression("listening on http://127\\.0\\.0\\.1:(\\d+)").match(line);
        return match.hasMatch() ? match.captured(1).toUShort() : 0;
    }

private:
    QProcess m_process;
};

} // namespace

// The same, with two real junheng-server processes (on PostgreSQL under the pg.* run, on one SQLite
// file otherwise) and a device alternating between them request by request.
TEST(TwoInstancesTest, TwoServerProcessesOnOneDatabaseWithADeviceAlternating)
{
    QTemporaryDir dir;
    auto location = newTestDatabase(dir.path());
    ASSERT_TRUE(location.ok()) << location.error().message.toStdString();
    QStringList database{"--data-dir", dir.path()};
    if (testingPostgres())
        database << "--database" << location.value();
    QProcess init;
    init.start(QStringLiteral(JUNHENG_SERVER_EXE), QStringList{"init-demo"} + database);
    ASSERT_TRUE(init.waitForFinished(30000));
    ASSERT_EQ(init.exitCode(), 0) << init.readAllStandardError().toStdString();
    QProcess issue;
    issue.start(QStringLiteral(JUNHENG_SERVER_EXE),
                QStringList{"issue-code", "--school", "3703990101"} + database);
    ASSERT_TRUE(issue.waitForFinished(30000));
    const QString code = QString::fromUtf8(issue.readAllStandardOutput()).trimmed();
    ASSERT_FALSE(code.isEmpty()) << issue.readAllStandardError().toStdString();

    ServerRun a;
    ServerRun b;
    const quint16 portA = a.start(database);
    const quint16 portB = b.start(database);
    ASSERT_NE(portA, 0);
    ASSERT_NE(portB, 0);
    TestClient clientA(portA);
    TestClient clientB(portB);
    auto client = [&](int i) -> TestClient & {
        return i % 2 == 0 ? clientA : clientB;
    };

    const HttpReply enrolled =
        clientA.send("POST", "/api/v1/enrol", QJsonDocument(QJsonObject{{"code", code}}).toJson());
    ASSERT_EQ(enrolled.status, 200) << enrolled.body.toStdString();
    const QString token = enrolled.json.value("token").toString();
    const HttpReply replayed =
        clientB.send("POST", "/api/v1/enrol", QJsonDocument(QJsonObject{{"code", code}}).toJson());
    EXPECT_EQ(replayed.status, 409);

    // Six revisions of one record, each through the other instance; then a pull through each.
    const QString uuid = newUuid();
    for (int revision = 1; revision <= 6; ++revision) {
        const QJsonObject record =
            wireRecord(uuid, "3703990101", "S1", validS1Payload(300 + revision), revision, revision - 1);
        const HttpReply pushed = client(revision).send("POST", "/api/v1/records/push",
                                                       QJsonDocument(pushBody({record})).toJson(), token);
        ASSERT_EQ(pushed.status, 200) << pushed.body.toStdString();
        EXPECT_EQ(pushed.json.value("results").toArray().at(0).toObject().value("outcome").toString(),
                  "applied")
            << revision;
    }
    for (int i = 0; i < 2; ++i) {
        const HttpReply pulled = client(i).send("GET", "/api/v1/changes?since=0", {}, token);
        ASSERT_EQ(pulled.status, 200);
        const QJsonArray changes = pulled.json.value("changes").toArray();
        ASSERT_EQ(changes.size(), 6);
        for (qsizetype k = 0; k < changes.size(); ++k)
            EXPECT_EQ(changes.at(k).toObject().value("record").toObject().value("revision").toInt(), k + 1);
    }
}

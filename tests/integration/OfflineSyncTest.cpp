// The walking skeleton end to end: a school enrols, fills S1 and S4 while the server is down, the server
// comes back, sync sends exactly those records, and sending the same batch again stores nothing new.
#include "Protocol.h"
#include "ServerProcess.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTimer>
#include <gtest/gtest.h>

namespace {

const QString SchoolCode = QStringLiteral("3703990101");

QString server()
{
    return QStringLiteral(JUNHENG_SERVER_BIN);
}
QString cli()
{
    return QStringLiteral(JUNHENG_CLI_BIN);
}

// One HTTP request to the server, waited for on its finished signal (bounded by a timer).
QJsonObject request(const QUrl &url, const QString &token, const QByteArray &postBody = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = postBody.isNull() ? network.get(request) : network.post(request, postBody);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return body;
}

class OfflineSyncTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_serverDir.isValid() && m_clientDir.isValid());
        const ProcessResult demo = runProgram(server(), {"init-demo", "--data-dir", m_serverDir.path()});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }

    QString issueCode(const QStringList &scope)
    {
        const ProcessResult issued =
            runProgram(server(), QStringList{"issue-code", "--data-dir", m_serverDir.path()} + scope);
        EXPECT_EQ(issued.exitCode, 0) << issued.err.toStdString();
        return issued.out.trimmed();
    }

    ProcessResult runCli(const QStringList &arguments)
    {
        return runProgram(cli(), QStringList{"--data-dir", m_clientDir.path(), "--json"} + arguments);
    }

    QString writeFile(const QString &name, const QJsonObject &object)
    {
        QFile file(m_clientDir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(object).toJson());
        return file.fileName();
    }

    // The county's view of the server: every current record, through the API with a county token.
    QJsonArray serverRecords(const QUrl &base)
    {
        if (m_countyToken.isEmpty()) {
            const QJsonObject enrolled = request(
                base.resolved(QUrl("/api/v1/enrol")), {},
                QJsonDocument(QJsonObject{{"code", issueCode({"--county"})}, {"device_name", "test county"}})
                    .toJson());
            m_countyToken = enrolled.value("token").toString();
            EXPECT_FALSE(m_countyToken.isEmpty()) << QJsonDocument(enrolled).toJson().toStdString();
        }
        return request(base.resolved(QUrl("/api/v1/records")), m_countyToken).value("records").toArray();
    }

    QTemporaryDir m_serverDir;
    QTemporaryDir m_clientDir;
    QString m_countyToken;
};

const QJsonObject s1Payload{{"school_type", QStringLiteral("小学")},
                            {"school_system", "6_3"},
                            {"location", "urban"},
                            {"ownership", "public"},
                            {"boarding", false},
                            {"founded_year", 1958},
                            {"has_charter", true},
                            {"digitised", true},
                            {"students_g1", 312},
                            {"students_g2", 305},
                            {"students_g3", 298},
                            {"students_g4", 301},
                            {"students_g5", 296},
                            {"students_g6", 290},
                            {"disabled_in_class", 6},
                            {"disabled_home", 1},
                            {"disabled_special_class", 0},
                            {"migrant_total", 140},
                            {"migrant_public", 140},
                            {"new_entrants", 312},
                            {"new_entrants_zoned", 312},
                            {"public_funds_budget", "1,250,000"},
                            {"training_spend", 62500}};

const QJsonObject s4Payload{{"teaching_area", 8200.5},
                            {"sports_area_outdoor", 12600},
                            {"sports_area_indoor", 0},
                            {"equipment_value", 3900000},
                            {"multimedia_rooms", 36},
                            {"music_rooms", 2},
                            {"music_room_areas", QStringLiteral("96、102.5")},
                            {"art_rooms", 2},
                            {"art_room_areas", "90, 96"},
                            {"classes", 36}};

} // namespace

TEST_F(OfflineSyncTest, RecordsFilledWhileTheServerIsDownSyncOnceWhenItReturns)
{
    ServerProcess serverProcess(m_serverDir.path());
    QString why;
    ASSERT_TRUE(serverProcess.start(0, &why)) << why.toStdString();
    const QUrl base = serverProcess.url();
    const quint16 port = serverProcess.port();

    const ProcessResult enrolled =
        runCli({"enrol", "--server", base.toString(), "--code", issueCode({"--school", SchoolCode})});
    ASSERT_EQ(enrolled.exitCode, 0) << enrolled.out.toStdString() << enrolled.err.toStdString();
    EXPECT_EQ(enrolled.json().value("code").toString(), SchoolCode);
    EXPECT_TRUE(enrolled.err.contains(QStringLiteral("不加密"))) << "plain HTTP must be called out";

    serverProcess.stop(); // the cable is pulled

    const ProcessResult s1 = runCli({"fill", "S1", writeFile("s1.json", s1Payload), "--finalise"});
    ASSERT_EQ(s1.exitCode, 0) << s1.out.toStdString() << s1.err.toStdString();
    EXPECT_EQ(s1.json().value("status").toString(), "finalised");
    const ProcessResult s4 = runCli({"fill", "S4", writeFile("s4.json", s4Payload), "--finalise"});
    ASSERT_EQ(s4.exitCode, 0) << s4.out.toStdString() << s4.err.toStdString();

    const ProcessResult offline = runCli({"sync"});
    EXPECT_EQ(offline.exitCode, 3) << "a sync with the server down must fail, not pretend";
    const QJsonObject waiting = runCli({"status"}).json();
    EXPECT_EQ(waiting.value("pending").toInt(), 2);
    EXPECT_FALSE(waiting.value("last_error").toString().isEmpty());

    ASSERT_TRUE(serverProcess.start(port, &why)) << why.toStdString(); // the cable is back
    const ProcessResult synced = runCli({"sync"});
    ASSERT_EQ(synced.exitCode, 0) << synced.out.toStdString() << synced.err.toStdString();
    const QJsonObject after = runCli({"status"}).json();
    EXPECT_EQ(after.value("pending").toInt(), 0);
    EXPECT_TRUE(after.value("last_error").toString().isEmpty());

    // Exactly those two records, with the hashes the device computed.
    QMap<QString, QString> localHashes;
    for (const QJsonValue &value : runCli({"list"}).json().value("records").toArray()) {
        const QJsonObject record = value.toObject();
        EXPECT_EQ(record.value("status").toString(), "sent");
        localHashes.insert(record.value("uuid").toString(), record.value("payload_hash").toString());
    }
    ASSERT_EQ(localHashes.size(), 2);
    const QJsonArray stored = serverRecords(base);
    ASSERT_EQ(stored.size(), 2);
    for (const QJsonValue &value : stored) {
        const QJsonObject record = value.toObject();
        EXPECT_EQ(record.value("school_code").toString(), SchoolCode);
        EXPECT_EQ(localHashes.value(record.value("uuid").toString()),
                  record.value("payload_hash").toString());
    }
    const QJsonObject s4OnServer =
        stored.at(0).toObject().value("form_id") == "S4" ? stored.at(0).toObject() : stored.at(1).toObject();
    EXPECT_EQ(s4OnServer.value("payload").toObject().value("music_room_areas").toArray(),
              (QJsonArray{96, 102.5}));

    // The same batch again (as after a lost reply): a success that changes nothing.
    const ProcessResult resent = runCli({"sync", "--resend-all"});
    ASSERT_EQ(resent.exitCode, 0) << resent.out.toStdString() << resent.err.toStdString();
    EXPECT_EQ(serverRecords(base).size(), 2);
    const QJsonObject changes = request(base.resolved(QUrl("/api/v1/changes?since=0")), m_countyToken);
    EXPECT_EQ(changes.value("changes").toArray().size(), 2) << "a duplicate push must not create a change";
}

TEST_F(OfflineSyncTest, ABrokenFileIsRefusedWithItsLineAndNothingIsSaved)
{
    QFile file(m_clientDir.filePath("broken.json"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"teaching_area\": 8200,\n  \"classes\": ,\n}\n");
    file.close();
    ServerProcess serverProcess(m_serverDir.path());
    QString why;
    ASSERT_TRUE(serverProcess.start(0, &why)) << why.toStdString();
    ASSERT_EQ(runCli({"enrol", "--server", serverProcess.url().toString(), "--code",
                      issueCode({"--school", SchoolCode})})
                  .exitCode,
              0);
    const ProcessResult filled = runCli({"fill", "S4", file.fileName()});
    EXPECT_EQ(filled.exitCode, 1);
    const QString message = filled.json().value("error").toObject().value("message").toString();
    EXPECT_TRUE(message.contains(QStringLiteral("第 3 行"))) << message.toStdString();
    EXPECT_TRUE(runCli({"list"}).json().value("records").toArray().isEmpty());
}

TEST_F(OfflineSyncTest, ASecondTabletOfTheSchoolPullsWhatTheFirstSent)
{
    ServerProcess serverProcess(m_serverDir.path());
    QString why;
    ASSERT_TRUE(serverProcess.start(0, &why)) << why.toStdString();
    const QString url = serverProcess.url().toString();
    ASSERT_EQ(runCli({"enrol", "--server", url, "--code", issueCode({"--school", SchoolCode})}).exitCode, 0);
    ASSERT_EQ(runCli({"fill", "S4", writeFile("s4.json", s4Payload), "--finalise"}).exitCode, 0);
    ASSERT_EQ(runCli({"sync"}).exitCode, 0);

    QTemporaryDir secondDir;
    auto second = [&](const QStringList &arguments) {
        return runProgram(cli(), QStringList{"--data-dir", secondDir.path(), "--json"} + arguments);
    };
    ASSERT_EQ(second({"enrol", "--server", url, "--code", issueCode({"--school", SchoolCode})}).exitCode, 0);
    const ProcessResult pulled = second({"sync"});
    ASSERT_EQ(pulled.exitCode, 0) << pulled.out.toStdString() << pulled.err.toStdString();
    const QJsonObject shown = second({"show", "S4"}).json();
    EXPECT_EQ(shown.value("status").toString(), "sent");
    EXPECT_EQ(shown.value("payload").toObject().value("teaching_area").toDouble(), 8200.5);
    EXPECT_GT(second({"status"}).json().value("cursor").toInt(), 0);
    // Pulling again brings nothing new and keeps the one copy.
    ASSERT_EQ(second({"sync"}).exitCode, 0);
    EXPECT_EQ(second({"list"}).json().value("records").toArray().size(), 1);
}

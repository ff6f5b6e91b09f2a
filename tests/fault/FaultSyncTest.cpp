// Sync under faults: real clients (LocalStore + SyncEngine) and the real junheng-server, with a
// fault-injecting proxy between them, and the server killed -9 in the middle of push batches. At the
// end every record must be on the server exactly once, with the content the device has, and nothing
// may be left pending or set aside.
#include "FaultProxy.h"
#include "FormCatalog.h"
#include "LocalStore.h"
#include "ServerProcess.h"
#include "SyncEngine.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace junheng;

namespace {

const QString FormsDir = QStringLiteral(JUNHENG_FAULT_FORMS);

QJsonObject httpJson(const QUrl &url, const QString &token, const QByteArray &postBody = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    request.setTransferTimeout(15000);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = postBody.isNull() ? network.get(request) : network.post(request, postBody);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(20000);
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return body;
}

struct Device
{
    QString schoolCode;
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<SyncEngine> engine;
    QList<QString> own; // uuids this device created
};

class FaultSyncTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_serverDir.isValid() && m_clientDir.isValid());
        const ProcessResult demo =
            runProgram(JUNHENG_SERVER_BIN, {"init-demo", "--data-dir", m_serverDir.path()});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        m_server = std::make_unique<ServerProcess>(m_serverDir.path(), QStringList{"--forms", FormsDir});
        QString why;
        ASSERT_TRUE(m_server->start(0, &why)) << why.toStdString();
        auto catalog = FormCatalog::load(FormsDir);
        ASSERT_TRUE(catalog) << catalog.error().message.toStdString();
        m_form = *catalog->find("FT");
    }

    QString issueCode(const QStringList &scope)
    {
        const ProcessResult issued = runProgram(
            JUNHENG_SERVER_BIN, QStringList{"issue-code", "--data-dir", m_serverDir.path()} + scope);
        EXPECT_EQ(issued.exitCode, 0) << issued.err.toStdString();
        return issued.out.trimmed();
    }

    // Enrols directly with the server, then points the device at `via` (the proxy) for its syncs.
    void addDevice(const QString &schoolCode, const QUrl &via)
    {
        auto device = std::make_unique<Device>();
        device->schoolCode = schoolCode;
        auto store =
            LocalStore::open(m_clientDir.filePath(QStringLiteral("device%1.db").arg(m_devices.size())));
        ASSERT_TRUE(store) << store.error().message.toStdString();
        device->store = std::move(store.value());
        device->engine = std::make_unique<SyncEngine>(device->store.get());
        QSignalSpy enrolled(device->engine.get(), &SyncEngine::enrolFinished);
        device->engine->enrol(m_server->url(), issueCode({"--school", schoolCode}), "fault test");
        ASSERT_TRUE(enrolled.wait(20000));
        ASSERT_TRUE(enrolled.at(0).at(0).toBool()) << enrolled.at(0).at(1).toString().toStdString();
        Enrolment enrolment = *device->store->enrolment();
        enrolment.serverUrl = via.toString(QUrl::StripTrailingSlash);
        ASSERT_TRUE(device->store->saveEnrolment(enrolment));
        m_devices.push_back(std::move(device));
    }

    // A new row or a new revision of one of the device's own rows, finalised into the outbox.
    void change(Device &device, QRandomGenerator &random)
    {
        LocalRecord record;
        QJsonObject payload;
        const bool edit = !device.own.isEmpty() && random.bounded(3) == 0;
        if (edit) {
            record = *device.store->record(device.own.at(random.bounded(int(device.own.size()))));
            payload = record.payload;
        } else {
            record.formId = "FT";
            record.formVersion = 1;
            record.schoolCode = device.schoolCode;
            record.cycle = device.store->enrolment()->cycleId;
            payload = {{"student_id", QStringLiteral("G%1%2")
                                          .arg(device.schoolCode)
                                          .arg(m_nextStudent++, 6, 10, QLatin1Char('0'))},
                       {"name", QStringLiteral("学生%1").arg(m_nextStudent)}};
        }
        payload["height"] = 120 + random.bounded(600) / 10.0;
        payload["weight"] = 25 + random.bounded(300) / 10.0;
        payload["run50"] = 8 + random.bounded(60) / 10.0;
        auto saved = device.store->saveDraft(record, payload);
        ASSERT_TRUE(saved) << saved.error().message.toStdString();
        auto finalised = device.store->finalise(saved->uuid, m_form);
        ASSERT_TRUE(finalised) << finalised.error().message.toStdString();
        if (!edit)
            device.own.append(saved->uuid);
    }

    // Starts a sync on every device and waits for all of them to finish. Returns how many succeeded.
    int syncAll()
    {
        std::vector<std::unique_ptr<QSignalSpy>> spies;
        for (auto &device : m_devices) {
            spies.push_back(std::make_unique<QSignalSpy>(device->engine.get(), &SyncEngine::syncFinished));
            EXPECT_TRUE(device->engine->syncNow());
        }
        int succeeded = 0;
        for (auto &spy : spies) {
            if (spy->isEmpty()) {
                EXPECT_TRUE(spy->wait(60000)) << "a sync did not finish";
            }
            succeeded += !spy->isEmpty() && spy->at(0).at(0).toBool();
        }
        return succeeded;
    }

    QJsonArray serverRecords()
    {
        if (m_countyToken.isEmpty()) {
            const QByteArray body =
                QJsonDocument(QJsonObject{{"code", issueCode({"--county"})}, {"device_name", "county check"}})
                    .toJson();
            m_countyToken =
                httpJson(m_server->url().resolved(QUrl("/api/v1/enrol")), {}, body).value("token").toString();
        }
        return httpJson(m_server->url().resolved(QUrl("/api/v1/records?form=FT")), m_countyToken)
            .value("records")
            .toArray();
    }

    QTemporaryDir m_serverDir;
    QTemporaryDir m_clientDir;
    std::unique_ptr<ServerProcess> m_server;
    FormDefinition m_form;
    std::vector<std::unique_ptr<Device>> m_devices;
    int m_nextStudent = 1;
    QString m_countyToken;
};

} // namespace

TEST_F(FaultSyncTest, AThousandFaultsAndServerKillsLeaveEveryRecordOnTheServerExactlyOnce)
{
    FaultProxy proxy(m_server->port(), 20261123);
    ASSERT_TRUE(proxy.listen());
    const QUrl via(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
    // Two tablets of one school (each sees the other's rows by pull) and two other schools.
    for (const char *school : {"3703990101", "3703990101", "3703990102", "3703990201"})
        addDevice(school, via);
    ASSERT_EQ(m_devices.size(), 4u);

    int serverKills = 0;
    QObject::connect(&proxy, &FaultProxy::markerForwarded, [&] {
        // kill -9 while the server holds a push batch, then bring it back on the same port.
        m_server->kill();
        ++serverKills;
        QString why;
        if (!m_server->start(m_server->port(), &why))
            ADD_FAILURE() << "restart: " << why.toStdString();
    });

    QRandomGenerator random(7);
    proxy.setFaultRate(0.25);
    int rounds = 0;
    int failedSyncs = 0;
    while ((proxy.faultsInjected() < 1000 || serverKills < 8) && rounds < 2000) {
        for (auto &device : m_devices)
            for (int i = 0; i < 3; ++i)
                change(*device, random);
        if (rounds % 20 == 10)
            proxy.armMarker("POST /api/v1/records/push");
        failedSyncs += int(m_devices.size()) - syncAll();
        ++rounds;
        if (HasFatalFailure())
            return;
    }
    EXPECT_GE(proxy.faultsInjected(), 1000);
    EXPECT_GE(serverKills, 8);
    EXPECT_GT(failedSyncs, 100) << "the faults must really have broken syncs";
    for (auto kind : {FaultProxy::Fault::Drop, FaultProxy::Fault::Delay, FaultProxy::Fault::Cut,
                      FaultProxy::Fault::Reset})
        EXPECT_GT(proxy.faults(kind), 100);

    // The network heals: a few clean syncs must drain every outbox (the last one also pulls what the
    // other tablet of the school sent in the one before).
    proxy.setFaultRate(0);
    proxy.armMarker({});
    for (int i = 0; i < 3; ++i)
        syncAll();
    ASSERT_EQ(syncAll(), int(m_devices.size()));

    int created = 0;
    for (auto &device : m_devices) {
        const SyncState state = device->store->syncState();
        EXPECT_EQ(state.pending, 0) << device->schoolCode.toStdString();
        EXPECT_EQ(state.quarantined, 0) << device->schoolCode.toStdString();
        int shown = 0;
        for (const LocalRecord &record : device->store->records("FT"))
            if (record.quarantined && shown++ < 3)
                ADD_FAILURE() << "set aside: " << record.syncError.toStdString();
        created += int(device->own.size());
    }

    const QJsonArray onServer = serverRecords();
    QHash<QString, QJsonObject> byUuid;
    QSet<QString> studentKeys;
    for (const QJsonValue &value : onServer) {
        const QJsonObject record = value.toObject();
        const QString uuid = record.value("uuid").toString();
        EXPECT_FALSE(byUuid.contains(uuid)) << "listed twice: " << uuid.toStdString();
        byUuid.insert(uuid, record);
        const QString key = record.value("school_code").toString() + "/" +
                            record.value("payload").toObject().value("student_id").toString();
        EXPECT_FALSE(studentKeys.contains(key)) << "a student stored twice: " << key.toStdString();
        studentKeys.insert(key);
    }
    EXPECT_EQ(onServer.size(), created);
    for (auto &device : m_devices) {
        for (const QString &uuid : std::as_const(device->own)) {
            const LocalRecord local = *device->store->record(uuid);
            ASSERT_TRUE(byUuid.contains(uuid)) << "missing on the server: " << uuid.toStdString();
            const QJsonObject remote = byUuid.value(uuid);
            EXPECT_EQ(remote.value("revision").toInt(), local.revision) << uuid.toStdString();
            EXPECT_EQ(remote.value("payload_hash").toString().toStdString(), local.payloadHash.toStdString())
                << uuid.toStdString();
        }
    }
    // The two tablets of school 0101 each hold both tablets' rows.
    const int school0101 = int(m_devices[0]->own.size() + m_devices[1]->own.size());
    EXPECT_EQ(m_devices[0]->store->records("FT").size(), school0101);
    EXPECT_EQ(m_devices[1]->store->records("FT").size(), school0101);
    std::cout << "rounds " << rounds << ", faults " << proxy.faultsInjected() << " (drop "
              << proxy.faults(FaultProxy::Fault::Drop) << ", delay " << proxy.faults(FaultProxy::Fault::Delay)
              << ", cut " << proxy.faults(FaultProxy::Fault::Cut) << ", reset "
              << proxy.faults(FaultProxy::Fault::Reset) << "), server kills " << serverKills
              << ", failed syncs " << failedSyncs << ", records " << created << std::endl;
}

// Two push batches are on their way at once (SyncEngine::pushNext). Every connection is broken from the
// moment the second batch has reached the server: whatever was stored of either batch, and whichever reply
// was lost, the next sync leaves every row on the server exactly once and nothing pending.
TEST_F(FaultSyncTest, PipelinedPushBatchesCutInFlightLoseAndDuplicateNothing)
{
    FaultProxy proxy(m_server->port(), 7);
    ASSERT_TRUE(proxy.listen());
    addDevice("3703990101", QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port())));
    ASSERT_EQ(m_devices.size(), 1u);
    Device &device = *m_devices.front();
    constexpr int Rows = 1500; // two batches (at most 1000 records each)
    const QString cycle = device.store->enrolment()->cycleId;
    for (int i = 0; i < Rows; ++i) {
        LocalRecord record;
        record.formId = "FT";
        record.formVersion = 1;
        record.schoolCode = device.schoolCode;
        record.cycle = cycle;
        auto saved = device.store->saveDraft(
            record, {{"student_id", QStringLiteral("P%1").arg(i, 6, 10, QLatin1Char('0'))},
                     {"name", QStringLiteral("学生%1").arg(i)},
                     {"height", 120 + i % 600 / 10.0},
                     {"weight", 25 + i % 300 / 10.0},
                     {"run50", 8 + i % 60 / 10.0}});
        ASSERT_TRUE(saved) << saved.error().message.toStdString();
        ASSERT_TRUE(device.store->finalise(saved->uuid, m_form));
    }
    ASSERT_EQ(device.store->syncState().pending, Rows);

    int pushesSeen = 0;
    int pendingAtSecond = -1;
    QObject::connect(&proxy, &FaultProxy::markerForwarded, &proxy, [&] {
        if (++pushesSeen < 2) {
            proxy.armMarker("POST /api/v1/records/push");
            return;
        }
        pendingAtSecond = device.store->syncState().pending;
        proxy.setFaultRate(1.0); // from here on every chunk either way is dropped, cut or reset
    });
    proxy.armMarker("POST /api/v1/records/push");
    QSignalSpy first(device.engine.get(), &SyncEngine::syncFinished);
    ASSERT_TRUE(device.engine->syncNow());
    ASSERT_TRUE(first.wait(60000));
    EXPECT_FALSE(first.at(0).at(0).toBool()) << "the cut should have failed this sync";
    EXPECT_EQ(pushesSeen, 2);
    EXPECT_EQ(pendingAtSecond, Rows) << "the second batch went out before the first was answered";
    EXPECT_GT(device.store->syncState().pending, 0);

    proxy.setFaultRate(0.0);
    QSignalSpy second(device.engine.get(), &SyncEngine::syncFinished);
    ASSERT_TRUE(device.engine->syncNow());
    ASSERT_TRUE(second.wait(60000));
    ASSERT_TRUE(second.at(0).at(0).toBool()) << second.at(0).at(1).toString().toStdString();
    EXPECT_EQ(device.store->syncState().pending, 0);
    EXPECT_EQ(device.store->syncState().quarantined, 0);

    const QJsonArray onServer = serverRecords();
    QSet<QString> uuids;
    QSet<QString> students;
    for (const QJsonValue &value : onServer) {
        const auto record = protocol::WireRecord::fromJson(value.toObject(), QStringLiteral("test"));
        ASSERT_TRUE(record);
        uuids.insert(record->uuid);
        students.insert(record->payload.value("student_id").toString());
        EXPECT_EQ(record->revision, 1);
        EXPECT_EQ(protocol::payloadHash(record->payload), record->payloadHash);
        const auto local = device.store->record(record->uuid);
        ASSERT_TRUE(local.has_value());
        EXPECT_EQ(local->payloadHash, record->payloadHash);
    }
    EXPECT_EQ(onServer.size(), Rows);
    EXPECT_EQ(uuids.size(), Rows);
    EXPECT_EQ(students.size(), Rows);
}

// After a full sync, a sync with nothing new is one request (the pull's hints say there are no events and
// the same school list); a school list changed on the server is pulled again at the next sync.
TEST_F(FaultSyncTest, ASyncWithNothingNewIsOneRequestAndAChangedSchoolListIsPulledAgain)
{
    FaultProxy proxy(m_server->port(), 11);
    ASSERT_TRUE(proxy.listen());
    addDevice("3703990101", QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port())));
    ASSERT_EQ(m_devices.size(), 1u);
    Device &device = *m_devices.front();
    QRandomGenerator random(5);
    change(device, random);

    // Requests the server has answered (its /metrics), /metrics itself left out.
    auto served = [&] {
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(m_server->url().resolved(QUrl("/metrics"))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(20000);
        qint64 total = 0;
        for (const QByteArray &line : reply->readAll().split('\n')) {
            if (line.startsWith("junheng_http_requests_total{") && !line.contains("route=\"/metrics\""))
                total += line.mid(line.lastIndexOf(' ') + 1).toLongLong();
        }
        delete reply;
        return total;
    };
    auto sync = [&] {
        QSignalSpy finished(device.engine.get(), &SyncEngine::syncFinished);
        EXPECT_TRUE(device.engine->syncNow());
        EXPECT_TRUE(finished.wait(30000));
        return !finished.isEmpty() && finished.at(0).at(0).toBool();
    };
    ASSERT_TRUE(sync());
    ASSERT_EQ(device.store->syncState().pending, 0);
    const qint64 before = served();
    ASSERT_TRUE(sync());
    EXPECT_EQ(served() - before, 1) << "a sync with nothing to do is one request";

    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "fault-test-server");
        db.setDatabaseName(QDir(m_serverDir.path()).filePath("server.db"));
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec("PRAGMA busy_timeout = 5000"));
        ASSERT_TRUE(query.exec("UPDATE schools SET name = '改名后的学校' WHERE code = '3703990101'"))
            << query.lastError().text().toStdString();
    }
    QSqlDatabase::removeDatabase("fault-test-server");
    const qint64 beforeRename = served();
    ASSERT_TRUE(sync());
    EXPECT_EQ(served() - beforeRename, 2) << "the changes, then the school list";
    const QList<DirectorySchool> schools = device.store->directory();
    ASSERT_EQ(schools.size(), 1);
    EXPECT_EQ(schools.front().name, QStringLiteral("改名后的学校"));
}

// Two devices of one school against the real server (a child process on loopback), each with its own
// store and sync engine in this process: changes to different fields of one record merge by themselves
// and both devices end with the server's copy; changes to the same field wait on the conflict page's
// data until a person chooses. Also: a revoked device keeps its records and sends them after enrolling
// again, and a server that says 429 is left alone for its Retry-After.
#include "ConflictController.h"
#include "FormCatalog.h"
#include "LocalStore.h"
#include "ServerProcess.h"
#include "SyncEngine.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace junheng;

namespace {

const QString SchoolCode = QStringLiteral("3703990101");

QString serverBin()
{
    return QStringLiteral(JUNHENG_SERVER_BIN);
}

const QJsonObject s4Payload{{"teaching_area", 8200.5},
                            {"sports_area_outdoor", 12600},
                            {"sports_area_indoor", 0},
                            {"equipment_value", 3900000},
                            {"multimedia_rooms", 36},
                            {"music_rooms", 2},
                            {"music_room_areas", QJsonArray{96, 102.5}},
                            {"art_rooms", 2},
                            {"art_room_areas", QJsonArray{90, 96}},
                            {"classes", 36}};

// One device: its own store and engine.
struct Device
{
    QTemporaryDir dir;
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<SyncEngine> engine;

    Device()
    {
        store = LocalStore::open(dir.filePath("junheng.db")).value();
        engine = std::make_unique<SyncEngine>(store.get());
    }

    std::pair<bool, QString> enrol(const QUrl &server, const QString &code)
    {
        QSignalSpy done(engine.get(), &SyncEngine::enrolFinished);
        engine->enrol(server, code, QStringLiteral("测试平板"));
        if (!done.wait(20000))
            return {false, QStringLiteral("no answer")};
        return {done.at(0).at(0).toBool(), done.at(0).at(1).toString()};
    }

    std::pair<bool, QString> sync()
    {
        QSignalSpy done(engine.get(), &SyncEngine::syncFinished);
        if (!engine->syncNow() || !done.wait(30000))
            return {false, QStringLiteral("no answer")};
        return {done.at(0).at(0).toBool(), done.at(0).at(1).toString()};
    }

    LocalRecord s4() const { return *store->singleRecord("S4", SchoolCode, store->enrolment()->cycleId); }

    // Edits S4 as a person would: a draft of the record as read, then finalise.
    void edit(const FormDefinition &form, const std::function<void(QJsonObject &)> &change)
    {
        const LocalRecord current = s4();
        QJsonObject payload = current.payload;
        change(payload);
        auto saved = store->saveDraft(current, payload);
        ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
        auto finalised = store->finalise(saved->uuid, form);
        ASSERT_TRUE(finalised.ok()) << finalised.error().message.toStdString();
    }
};

class ConflictSyncTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_serverDir.isValid());
        const ProcessResult demo = runProgram(serverBin(), {"init-demo", "--data-dir", m_serverDir.path()});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        m_catalog = FormCatalog::load(FormCatalog::builtInDirectory).value();
    }

    void startServer(const QStringList &extra = {})
    {
        m_server = std::make_unique<ServerProcess>(m_serverDir.path(), extra);
        QString why;
        ASSERT_TRUE(m_server->start(0, &why)) << why.toStdString();
    }

    QString issueCode()
    {
        const ProcessResult issued =
            runProgram(serverBin(), {"issue-code", "--data-dir", m_serverDir.path(), "--school", SchoolCode});
        EXPECT_EQ(issued.exitCode, 0) << issued.err.toStdString();
        return issued.out.trimmed();
    }

    // Both devices enrolled; A has sent S4 and B has pulled it.
    void twoDevicesWithS4()
    {
        startServer();
        ASSERT_TRUE(m_a.enrol(m_server->url(), issueCode()).first);
        ASSERT_TRUE(m_b.enrol(m_server->url(), issueCode()).first);
        LocalRecord record;
        record.formId = "S4";
        record.formVersion = s4().version;
        record.schoolCode = SchoolCode;
        record.cycle = m_a.store->enrolment()->cycleId;
        auto saved = m_a.store->saveDraft(record, s4Payload);
        ASSERT_TRUE(saved.ok());
        ASSERT_TRUE(m_a.store->finalise(saved->uuid, s4()).ok());
        auto [sent, message] = m_a.sync();
        ASSERT_TRUE(sent) << message.toStdString();
        auto [pulled, pullMessage] = m_b.sync();
        ASSERT_TRUE(pulled) << pullMessage.toStdString();
        ASSERT_EQ(m_b.s4().payload, s4Payload);
    }

    const FormDefinition &s4() const { return *m_catalog.find("S4"); }

    QTemporaryDir m_serverDir;
    std::unique_ptr<ServerProcess> m_server;
    FormCatalog m_catalog;
    Device m_a;
    Device m_b;
};

} // namespace

TEST_F(ConflictSyncTest, ChangesToDifferentFieldsMergeAndBothDevicesEndWithTheSameCopy)
{
    twoDevicesWithS4();
    m_a.edit(s4(), [](QJsonObject &p) { p["teaching_area"] = 8400; });
    m_b.edit(s4(), [](QJsonObject &p) { p["classes"] = 38; });
    ASSERT_TRUE(m_a.sync().first);
    const auto [ok, message] = m_b.sync(); // conflict on push, merged, sent again in the same run
    ASSERT_TRUE(ok) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("自动合并"))) << message.toStdString();
    EXPECT_EQ(m_b.store->syncState().pending, 0);
    EXPECT_EQ(m_b.store->syncState().conflicts, 0);
    ASSERT_TRUE(m_a.sync().first);

    QJsonObject expected = s4Payload;
    expected["teaching_area"] = 8400;
    expected["classes"] = 38;
    EXPECT_EQ(m_b.s4().payload, expected);
    EXPECT_EQ(m_a.s4().payload, expected) << "A pulled the merged revision";
    EXPECT_EQ(m_a.s4().revision, m_b.s4().revision);
    EXPECT_EQ(m_a.s4().status, RecordStatus::Sent);
    const QList<RecordHistoryEntry> history = m_b.store->history(m_b.s4().uuid);
    ASSERT_FALSE(history.isEmpty());
    EXPECT_EQ(history.last().kind, "merged");
}

TEST_F(ConflictSyncTest, TheSameFieldWaitsForAPersonWhoseChoiceIsSent)
{
    twoDevicesWithS4();
    m_a.edit(s4(), [](QJsonObject &p) {
        p["classes"] = 40;
        p["multimedia_rooms"] = 40;
    });
    m_b.edit(s4(), [](QJsonObject &p) {
        p["classes"] = 38;
        p["equipment_value"] = 4000000;
    });
    ASSERT_TRUE(m_a.sync().first);
    const auto [ok, message] = m_b.sync();
    ASSERT_TRUE(ok) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("同一处"))) << message.toStdString();
    const SyncState state = m_b.store->syncState();
    EXPECT_EQ(state.conflicts, 1);
    EXPECT_EQ(state.pending, 0) << "not sent while the conflict waits";
    EXPECT_EQ(state.quarantined, 0);

    // What the conflict page shows.
    ConflictController page(m_b.store.get(), &m_catalog);
    ASSERT_TRUE(page.load(m_b.s4().uuid));
    const QVariantList fields = page.fields();
    ASSERT_EQ(fields.size(), 1);
    const QVariantMap classes = fields.at(0).toMap();
    EXPECT_EQ(classes.value("field").toString(), "classes");
    EXPECT_FALSE(classes.value("label").toString().isEmpty());
    EXPECT_NE(classes.value("label").toString(), "classes") << "the form's label, not the key";
    EXPECT_TRUE(classes.value("mine").toString().startsWith("38"));
    EXPECT_TRUE(classes.value("theirs").toString().startsWith("40"));
    EXPECT_TRUE(classes.value("base").toString().startsWith("36"));

    page.choose(0, "theirs");
    QSignalSpy resolved(&page, &ConflictController::resolved);
    ASSERT_TRUE(page.save()) << page.notice().toStdString();
    ASSERT_EQ(resolved.count(), 1);
    EXPECT_EQ(m_b.store->syncState().conflicts, 0);
    EXPECT_EQ(m_b.store->syncState().pending, 1);
    ASSERT_TRUE(m_b.sync().first);
    ASSERT_TRUE(m_a.sync().first);

    QJsonObject expected = s4Payload;
    expected["classes"] = 40;              // chosen: the server's
    expected["multimedia_rooms"] = 40;     // A's, undisputed
    expected["equipment_value"] = 4000000; // B's, undisputed
    // As the wire's canonical text: the payload that was sent and pulled is compared, not number types.
    const auto text = [](const QJsonObject &o) {
        return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
    };
    EXPECT_EQ(text(m_b.s4().payload), text(expected));
    EXPECT_EQ(text(m_a.s4().payload), text(expected));
    EXPECT_EQ(m_b.s4().status, RecordStatus::Sent);
}

TEST_F(ConflictSyncTest, ARevokedDeviceKeepsItsRecordsStopsAndSendsThemAfterEnrollingAgain)
{
    startServer();
    ASSERT_TRUE(m_a.enrol(m_server->url(), issueCode()).first);
    m_a.engine->setAutoSync(true, 600000);
    LocalRecord record;
    record.formId = "S4";
    record.formVersion = s4().version;
    record.schoolCode = SchoolCode;
    record.cycle = m_a.store->enrolment()->cycleId;
    auto saved = m_a.store->saveDraft(record, s4Payload);
    ASSERT_TRUE(m_a.store->finalise(saved->uuid, s4()).ok());

    const ProcessResult revoked = runProgram(
        serverBin(), {"revoke-device", m_a.store->enrolment()->deviceId, "--data-dir", m_serverDir.path()});
    ASSERT_EQ(revoked.exitCode, 0) << revoked.err.toStdString();
    auto [ok, message] = m_a.sync();
    EXPECT_FALSE(ok);
    EXPECT_TRUE(message.contains(QStringLiteral("注销"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("新的登记码"))) << message.toStdString();
    EXPECT_TRUE(m_a.engine->isStopped());
    EXPECT_FALSE(m_a.engine->nextRetryAt().isValid()) << "no automatic tries with a revoked token";
    EXPECT_EQ(m_a.store->syncState().pending, 1) << "nothing is lost or set aside";
    EXPECT_EQ(m_a.store->syncState().quarantined, 0);
    EXPECT_EQ(m_a.store->syncState().lastError, message);

    // Enrol again with a new code: the waiting record goes out by itself.
    QSignalSpy finished(m_a.engine.get(), &SyncEngine::syncFinished);
    ASSERT_TRUE(m_a.enrol(m_server->url(), issueCode()).first);
    EXPECT_FALSE(m_a.engine->isStopped());
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_TRUE(finished.at(0).at(0).toBool()) << finished.at(0).at(1).toString().toStdString();
    EXPECT_EQ(m_a.store->syncState().pending, 0);
    EXPECT_EQ(m_a.s4().status, RecordStatus::Sent);
}

TEST_F(ConflictSyncTest, A429IsWaitedOutAndSaidInPlainWords)
{
    startServer({"--requests-per-minute", "2"});
    ASSERT_TRUE(m_a.enrol(m_server->url(), issueCode()).first);
    // Each sync is at least one request (pull); the third in a minute is over the limit.
    std::pair<bool, QString> outcome{true, {}};
    for (int i = 0; i < 4 && outcome.first; ++i)
        outcome = m_a.sync();
    ASSERT_FALSE(outcome.first);
    EXPECT_TRUE(outcome.second.contains(QStringLiteral("服务器繁忙"))) << outcome.second.toStdString();
    EXPECT_TRUE(outcome.second.contains(QStringLiteral("秒后自动重试"))) << outcome.second.toStdString();
    // At once again: not sent to the server at all (it asked for a pause), the same words.
    const auto again = m_a.sync();
    EXPECT_FALSE(again.first);
    EXPECT_TRUE(again.second.contains(QStringLiteral("服务器繁忙"))) << again.second.toStdString();
    // With auto-sync on, the next try is not before the pause is over.
    m_a.engine->setAutoSync(true, 1000);
    QSignalSpy finished(m_a.engine.get(), &SyncEngine::syncFinished);
    ASSERT_TRUE(finished.wait(5000)); // setAutoSync tries at once: refused locally
    EXPECT_GE(QDateTime::currentDateTimeUtc().secsTo(m_a.engine->nextRetryAt()), 5);
}

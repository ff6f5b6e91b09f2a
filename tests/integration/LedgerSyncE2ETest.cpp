// The issue ledger end to end against the real server (a child process on loopback): a school device sends
// S1 and S4; county device A pulls them, its ledger page (LedgerModel) lists the failing items, and an
// owner saved there goes out with A's next sync; county device B pulls it and its ledger page shows it.
#include "FormCatalog.h"
#include "LedgerModel.h"
#include "LocalStore.h"
#include "ServerProcess.h"
#include "SyncEngine.h"

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

// 1,802 pupils in 6,000 ㎡ of teaching rooms and 9,000 ㎡ of sports ground: R4 and R5 fail.
const QJsonObject s1Payload{{"school_type", "primary"},    {"school_system", "6_3"},
                            {"location", "urban"},         {"ownership", "public"},
                            {"boarding", false},           {"founded_year", 1958},
                            {"has_charter", true},         {"digitised", true},
                            {"students_g1", 312},          {"students_g2", 305},
                            {"students_g3", 298},          {"students_g4", 301},
                            {"students_g5", 296},          {"students_g6", 290},
                            {"disabled_in_class", 6},      {"disabled_home", 1},
                            {"disabled_special_class", 0}, {"migrant_total", 140},
                            {"migrant_public", 140},       {"new_entrants", 312},
                            {"new_entrants_zoned", 312},   {"public_funds_budget", 1250000},
                            {"training_spend", 62500}};
const QJsonObject s4Payload{{"teaching_area", 6000},
                            {"sports_area_outdoor", 9000},
                            {"sports_area_indoor", 0},
                            {"equipment_value", 3900000},
                            {"multimedia_rooms", 36},
                            {"music_rooms", 2},
                            {"music_room_areas", QJsonArray{96, 102.5}},
                            {"art_rooms", 2},
                            {"art_room_areas", QJsonArray{90, 96}},
                            {"classes", 36}};

struct Device
{
    QTemporaryDir dir;
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<SyncEngine> engine;

    Device()
    {
        store = LocalStore::open(path()).value();
        engine = std::make_unique<SyncEngine>(store.get());
    }

    QString path() const { return dir.filePath("junheng.db"); }

    bool enrol(const QUrl &server, const QString &code)
    {
        QSignalSpy done(engine.get(), &SyncEngine::enrolFinished);
        engine->enrol(server, code, QStringLiteral("测试平板"));
        return done.wait(20000) && done.at(0).at(0).toBool();
    }

    QString sync()
    {
        QSignalSpy done(engine.get(), &SyncEngine::syncFinished);
        if (!engine->syncNow() || !done.wait(30000))
            return QStringLiteral("no answer");
        return done.at(0).at(0).toBool() ? QString() : done.at(0).at(1).toString();
    }
};

int rowOf(const LedgerModel &model, const QString &key)
{
    for (int i = 0; i < model.rowCount(); ++i)
        if (model.data(model.index(i), LedgerModel::KeyRole).toString() == key)
            return i;
    return -1;
}

} // namespace

TEST(LedgerSyncE2ETest, AnOwnerSavedOnOneCountyDeviceReachesTheOthersLedgerPage)
{
    QTemporaryDir serverDir;
    const ProcessResult demo = runProgram(serverBin(), {"init-demo", "--data-dir", serverDir.path()});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    ServerProcess server(serverDir.path());
    QString why;
    ASSERT_TRUE(server.start(0, &why)) << why.toStdString();
    auto issue = [&](const QStringList &scope) {
        const ProcessResult issued =
            runProgram(serverBin(), QStringList{"issue-code", "--data-dir", serverDir.path()} + scope);
        EXPECT_EQ(issued.exitCode, 0) << issued.err.toStdString();
        return issued.out.trimmed();
    };

    // The school sends what the county's ledger is computed from.
    Device school, a, b;
    ASSERT_TRUE(school.enrol(server.url(), issue({"--school", SchoolCode})));
    const FormCatalog catalog = FormCatalog::load(FormCatalog::builtInDirectory).value();
    for (const auto &[formId, payload] : {std::pair{"S1", s1Payload}, std::pair{"S4", s4Payload}}) {
        LocalRecord record;
        record.formId = QLatin1String(formId);
        record.formVersion = catalog.find(record.formId)->version;
        record.schoolCode = SchoolCode;
        record.cycle = school.store->enrolment()->cycleId;
        auto saved = school.store->saveDraft(record, payload);
        ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
        auto finalised = school.store->finalise(saved->uuid, *catalog.find(record.formId));
        ASSERT_TRUE(finalised.ok()) << finalised.error().message.toStdString();
    }
    ASSERT_EQ(school.sync(), QString());

    ASSERT_TRUE(a.enrol(server.url(), issue({"--county"})));
    ASSERT_TRUE(b.enrol(server.url(), issue({"--county"})));
    ASSERT_EQ(a.sync(), QString());
    LedgerModel pageA;
    pageA.setStorePath(a.path());
    pageA.refresh();
    ASSERT_TRUE(pageA.error().isEmpty()) << pageA.error().toStdString();
    const QString key = SchoolCode + QStringLiteral("|R4.primary");
    ASSERT_GE(rowOf(pageA, key), 0) << "R4 fails: 6000 ㎡ for 1802 pupils";
    const QVariantMap saved = pageA.saveEntry(key, QStringLiteral("王校长"), "2027-03-31", "in_progress",
                                              QStringLiteral("新建教学楼"));
    ASSERT_TRUE(saved.value("ok").toBool()) << saved.value("message").toString().toStdString();
    ASSERT_EQ(a.sync(), QString());
    EXPECT_TRUE(a.store->outboxBatch(10).isEmpty()) << "the entry went out";

    ASSERT_EQ(b.sync(), QString());
    LedgerModel pageB;
    pageB.setStorePath(b.path());
    pageB.refresh();
    ASSERT_TRUE(pageB.error().isEmpty()) << pageB.error().toStdString();
    const int row = rowOf(pageB, key);
    ASSERT_GE(row, 0);
    EXPECT_EQ(pageB.data(pageB.index(row), LedgerModel::OwnerRole).toString(), QStringLiteral("王校长"));
    EXPECT_EQ(pageB.data(pageB.index(row), LedgerModel::DueRole).toString(), "2027-03-31");
    EXPECT_EQ(pageB.data(pageB.index(row), LedgerModel::StatusRole).toString(), "in_progress");
    EXPECT_EQ(pageB.data(pageB.index(row), LedgerModel::NoteRole).toString(), QStringLiteral("新建教学楼"));

    // B edits it in turn (the same record, a new revision); A has it after its next sync.
    ASSERT_TRUE(
        pageB.saveEntry(key, QStringLiteral("张副校长"), "2027-06-30", "done", {}).value("ok").toBool());
    ASSERT_EQ(b.sync(), QString());
    ASSERT_EQ(a.sync(), QString());
    pageA.refresh();
    EXPECT_EQ(pageA.data(pageA.index(rowOf(pageA, key)), LedgerModel::OwnerRole).toString(),
              QStringLiteral("张副校长"));
    EXPECT_EQ(a.store->records("C2").size(), 1) << "one record for the item on both devices";
}

// Encryption at rest of the student health forms (S5, S6): the database file holds no measurement in
// clear, a wrong PIN reads nothing, a PIN change re-wraps the key only, a version-2 database is encrypted
// when its PIN is set, and an encrypted roster still pages, filters and sorts by a measurement.
#include "FormCatalog.h"
#include "LocalStore.h"
#include "Migrations.h"
#include "TestPin.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace junheng;
using junheng::testing::TestPin;
using junheng::testing::TestPinIterations;

namespace {

const QString School = QStringLiteral("3703990101");
const QString Cycle = QStringLiteral("2025");

// A measurement no other byte of the file is likely to spell.
QJsonObject student(const QString &id, double lung)
{
    return QJsonObject{{"student_id", id}, {"name", QStringLiteral("李小明")},
                       {"grade_code", 11}, {"class_name", "1班"},
                       {"sex", "1"},       {"height", 131.7},
                       {"weight", 28.4},   {"lung", lung}};
}

QByteArray fileBytes(const QString &path)
{
    QByteArray bytes;
    for (const QString &name : QStringList{path, path + "-wal"}) {
        QFile file(name);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

QString rawPayload(const QString &path, const QString &uuid)
{
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "raw");
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
        QSqlQuery query(db);
        EXPECT_TRUE(query.exec(QStringLiteral("SELECT payload FROM records WHERE uuid = '%1'").arg(uuid)));
        if (query.next())
            value = query.value(0).toString();
    }
    QSqlDatabase::removeDatabase("raw");
    return value;
}

RosterQuery scope()
{
    RosterQuery query;
    query.schoolCode = School;
    query.cycle = Cycle;
    return query;
}

class EncryptionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_catalog = FormCatalog::load(FormCatalog::builtInDirectory).value();
    }

    QString path() const { return m_dir.filePath("junheng.db"); }
    const FormDefinition &s6() const { return *m_catalog.find("S6"); }

    // As a program started afresh: no key remembered from an earlier unlock in this process.
    std::unique_ptr<LocalStore> open()
    {
        LocalStore::forgetProcessKeys();
        return LocalStore::open(path()).value();
    }

    // Writes two students' fitness rows with a PIN set; returns the first row's uuid.
    QString seed()
    {
        auto store = open();
        EXPECT_TRUE(store->setPin(TestPin, TestPinIterations).ok());
        auto saved = store->upsertRosterRows(s6(), School, Cycle, {student("G1", 2987), student("G2", 3456)});
        EXPECT_TRUE(saved.ok()) << saved.error().message.toStdString();
        RosterQuery query = scope();
        return store->rosterPage(s6(), query)->first().record.uuid;
    }

    QTemporaryDir m_dir;
    FormCatalog m_catalog;
};

} // namespace

TEST_F(EncryptionTest, TheDatabaseFileHoldsNoMeasurementInClear)
{
    const QString uuid = seed();
    const QByteArray bytes = fileBytes(path());
    ASSERT_FALSE(bytes.isEmpty());
    for (const QByteArray &secret : {QByteArray("2987"), QByteArray("3456"), QByteArray("131.7"),
                                     QByteArray("\"lung\""), QByteArray("\"height\"")})
        EXPECT_EQ(bytes.indexOf(secret), -1) << secret.toStdString() << " is in the file";
    // What stays in clear for paging and filters: the derived grade, class, sex, name and student id.
    EXPECT_NE(bytes.indexOf(QStringLiteral("李小明").toUtf8()), -1);
    EXPECT_TRUE(rawPayload(path(), uuid).startsWith("jh1:"));
    // The PIN is not in the file either (only a salt and the wrapped key).
    EXPECT_EQ(bytes.indexOf(TestPin.toUtf8()), -1);

    auto store = open();
    ASSERT_TRUE(store->unlock(TestPin).ok());
    EXPECT_EQ(store->record(uuid)->payload.value("lung").toDouble(), 2987);
}

TEST_F(EncryptionTest, AWrongPinSaysSoAndReadsNothing)
{
    const QString uuid = seed();
    auto store = open();
    EXPECT_TRUE(store->hasPin());
    auto wrong = store->unlock(QStringLiteral("135790"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, "store.pin");
    EXPECT_TRUE(wrong.error().message.contains(QStringLiteral("PIN 不对")));
    EXPECT_FALSE(store->isUnlocked());
    const auto record = store->record(uuid);
    ASSERT_TRUE(record.has_value());
    EXPECT_TRUE(record->locked);
    EXPECT_TRUE(record->payload.isEmpty());
    // Nothing sealed goes out empty, and nothing is written in clear.
    EXPECT_TRUE(store->outboxBatch(10).isEmpty());
    LocalRecord fresh;
    fresh.formId = "S6";
    fresh.formVersion = 1;
    fresh.schoolCode = School;
    fresh.cycle = Cycle;
    auto refused = store->saveDraft(fresh, student("G3", 1111));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, "store.locked");
    // Other forms are not encrypted and work without the PIN.
    fresh.formId = "S4";
    EXPECT_TRUE(store->saveDraft(fresh, QJsonObject{{"classes", 12}}).ok());
    // Not digits: refused before any work.
    EXPECT_EQ(LocalStore::checkPinText("12ab56").error().code, "store.pin_format");
}

TEST_F(EncryptionTest, ChangingThePinRewrapsTheKeyOnly)
{
    const QString uuid = seed();
    const QString sealedBefore = rawPayload(path(), uuid);
    {
        auto store = open();
        EXPECT_EQ(store->changePin(QStringLiteral("000000"), QStringLiteral("987654")).error().code,
                  "store.pin");
        ASSERT_TRUE(store->changePin(TestPin, QStringLiteral("987654")).ok());
    }
    EXPECT_EQ(rawPayload(path(), uuid), sealedBefore) << "no payload is re-encrypted";
    auto store = open();
    EXPECT_FALSE(store->unlock(TestPin).ok());
    ASSERT_TRUE(store->unlock(QStringLiteral("987654")).ok());
    EXPECT_EQ(store->record(uuid)->payload.value("lung").toDouble(), 2987);
}

TEST_F(EncryptionTest, AVersionTwoDatabaseIsEncryptedWhenItsPinIsSet)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "v2");
        db.setDatabaseName(path());
        ASSERT_TRUE(db.open());
        ASSERT_TRUE(migrateLocalDatabase(db, 2).ok());
        QSqlQuery q(db);
        for (const char *sql :
             {"INSERT INTO records (uuid, form_id, form_version, school_code, cycle, status, revision, "
              "payload,"
              " payload_hash, created_at, updated_at) VALUES ('u-6', 'S6', 1, '3703990101', '2025', 'draft', "
              "1,"
              " '{\"grade_code\":11,\"lung\":2987,\"name\":\"王明\",\"sex\":\"1\",\"student_id\":\"G9\"}', "
              "'h',"
              " '2025-09-01T08:00:00.000Z', '2025-09-01T08:00:00.000Z')",
              "INSERT INTO records (uuid, form_id, form_version, school_code, cycle, status, revision, "
              "payload,"
              " payload_hash, created_at, updated_at) VALUES ('u-5', 'S5', 1, '3703990101', '2025', 'draft', "
              "1,"
              " '{\"student_id\":\"G9\",\"ua_left\":4.3}', 'h', '2025-09-01T08:00:00.000Z',"
              " '2025-09-01T08:00:00.000Z')",
              "INSERT INTO records (uuid, form_id, form_version, school_code, cycle, status, revision, "
              "payload,"
              " payload_hash, created_at, updated_at) VALUES ('u-4', 'S4', 1, '3703990101', '2025', 'draft', "
              "1,"
              " '{\"classes\":36}', 'h', '2025-09-01T08:00:00.000Z', '2025-09-01T08:00:00.000Z')"})
            ASSERT_TRUE(q.exec(QString::fromUtf8(sql))) << sql;
        db.close();
    }
    QSqlDatabase::removeDatabase("v2");
    {
        auto store = open();
        EXPECT_EQ(store->schemaVersion(), LocalStore::SchemaVersion);
        EXPECT_FALSE(store->hasPin());
        EXPECT_EQ(store->record("u-6")->payload.value("lung").toDouble(), 2987); // still in clear, readable
        ASSERT_TRUE(store->setPin(TestPin, TestPinIterations).ok());
        EXPECT_EQ(store->record("u-6")->payload.value("lung").toDouble(), 2987);
    }
    EXPECT_TRUE(rawPayload(path(), "u-6").startsWith("jh1:"));
    EXPECT_TRUE(rawPayload(path(), "u-5").startsWith("jh1:"));
    EXPECT_EQ(rawPayload(path(), "u-4"), QStringLiteral("{\"classes\":36}"))
        << "other forms stay as they were";
    const QByteArray bytes = fileBytes(path());
    EXPECT_EQ(bytes.indexOf("2987"), -1);
    EXPECT_EQ(bytes.indexOf("ua_left"), -1);
    auto store = open();
    ASSERT_TRUE(store->unlock(TestPin).ok());
    EXPECT_EQ(store->record("u-5")->payload.value("ua_left").toDouble(), 4.3);
}

TEST_F(EncryptionTest, AnEncryptedRosterStillSortsByAMeasurementAndPasses)
{
    seed();
    auto store = open();
    ASSERT_TRUE(junheng::testing::unlockForTests(*store).ok());
    RosterQuery query = scope();
    query.sortField = "lung";
    query.order = Qt::DescendingOrder;
    auto rows = store->rosterPage(s6(), query);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 2);
    EXPECT_EQ(rows->at(0).record.payload.value("student_id").toString(), "G2");
    query.search = QStringLiteral("G1");
    EXPECT_EQ(store->rosterCount(s6(), query).value(), 1);
    // A second connection (the import screen's worker) opens with the session key, not the PIN.
    auto worker = LocalStore::open(path()).value(); // the same process: opens with the remembered key
    EXPECT_TRUE(worker->isUnlocked());
    LocalStore::forgetProcessKeys();
    worker = LocalStore::open(path()).value();
    EXPECT_FALSE(worker->unlockWithSessionKey(QByteArray(32, 'x')).ok());
    ASSERT_TRUE(worker->unlockWithSessionKey(store->sessionKey()).ok());
    EXPECT_EQ(worker->rosterPage(s6(), scope())->size(), 2);
}

TEST_F(EncryptionTest, AConflictOfAStudentRowKeepsTheServersCopyAndTheBaseSealed)
{
    const QString uuid = seed();
    auto store = open();
    ASSERT_TRUE(store->unlock(TestPin).ok());
    const LocalRecord sent = *store->record(uuid);
    LocalRecord server = sent;
    server.revision = sent.revision + 1;
    server.payload = student("G1", 1234.5);
    ASSERT_TRUE(store->saveConflict(sent, server, student("G1", 2987), {"lung"}, "test").ok());
    EXPECT_EQ(fileBytes(path()).indexOf("1234.5"), -1) << "the server's copy is in the file in clear";

    auto reopened = open();
    ASSERT_TRUE(reopened->unlock(TestPin).ok());
    const auto conflict = reopened->conflict(uuid);
    ASSERT_TRUE(conflict.has_value());
    EXPECT_EQ(conflict->server.value("lung").toDouble(), 1234.5);
    EXPECT_EQ(conflict->local.value("lung").toDouble(), 2987);
    ASSERT_TRUE(conflict->base.has_value());
    EXPECT_EQ(conflict->base->value("lung").toDouble(), 2987);
}

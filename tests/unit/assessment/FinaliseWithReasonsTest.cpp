// The store refuses to finalise a record with a hard error or with a soft warning nobody gave a reason
// for, and finalises it once the reason is in the payload's "_reasons". A real SQLite file.
#include "FormFixtures.h"
#include "LocalStore.h"
#include "TestPin.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace junheng;

namespace {

LocalRecord newRecord(const char *formId)
{
    LocalRecord record;
    record.formId = QString::fromLatin1(formId);
    record.formVersion = 1;
    record.schoolCode = "3703990101";
    record.cycle = "2025";
    return record;
}

} // namespace

TEST(FinaliseWithReasons, ASoftWarningWithoutAReasonBlocksAndWithOneFinalises)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto store = LocalStore::open(dir.filePath("junheng.db"));
    ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
    ASSERT_TRUE(junheng::testing::unlockForTests(*store.value()).ok());
    const FormDefinition &s6 = fixtures::form("S6");

    QJsonObject row = fixtures::s6(21, "1");
    row.insert("run50", 5.8); // below the usual 6.5 s
    auto saved = store.value()->saveDraft(newRecord("S6"), row);
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    auto refused = store.value()->finalise(saved->uuid, s6);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, "record.invalid");
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("「50米跑」")))
        << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("原因")));
    EXPECT_EQ(store.value()->record(saved->uuid)->status, RecordStatus::Draft);

    row.insert("_reasons", QJsonObject{{"run50", QStringLiteral("该生为校队短跑运动员")}});
    LocalRecord again = saved.value();
    saved = store.value()->saveDraft(again, row);
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    auto finalised = store.value()->finalise(saved->uuid, s6);
    ASSERT_TRUE(finalised.ok()) << finalised.error().message.toStdString();
    EXPECT_EQ(finalised->status, RecordStatus::Finalised);
    EXPECT_EQ(finalised->payload.value("_reasons").toObject().value("run50").toString(),
              QStringLiteral("该生为校队短跑运动员"));
}

TEST(FinaliseWithReasons, AHardErrorBlocksWhateverTheReason)
{
    QTemporaryDir dir;
    auto store = LocalStore::open(dir.filePath("junheng.db"));
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE(junheng::testing::unlockForTests(*store.value()).ok());
    QJsonObject row = fixtures::s6(22, "2");
    row.insert("pullups", 3); // girls do not do pull-ups
    row.insert("_reasons", QJsonObject{{"pullups", QStringLiteral("自愿测的")}});
    auto saved = store.value()->saveDraft(newRecord("S6"), row);
    ASSERT_TRUE(saved.ok());
    auto refused = store.value()->finalise(saved->uuid, fixtures::form("S6"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("该年级/性别不测此项")))
        << refused.error().message.toStdString();
}

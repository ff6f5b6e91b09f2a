#include "SyncEngine.h"
#include "LocalStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace junheng;

namespace {

class SyncEngineTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_store = LocalStore::open(m_dir.filePath("junheng.db")).value();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
};

} // namespace

TEST_F(SyncEngineTest, APlainHttpServerOffLoopbackIsRefusedAfterTheCallReturns)
{
    SyncEngine engine(m_store.get());
    QSignalSpy finished(&engine, &SyncEngine::enrolFinished);
    engine.enrol(QUrl("http://10.1.2.3:8470"), "ABCD-EFGH", "tablet");
    EXPECT_EQ(finished.count(), 0) << "a caller connecting after enrol() returns must still hear the outcome";
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    EXPECT_TRUE(finished.at(0).at(1).toString().contains(QStringLiteral("https")));
    EXPECT_FALSE(m_store->enrolment().has_value());
}

TEST_F(SyncEngineTest, SyncingAnUnenrolledDeviceSaysSoAfterTheCallReturnsAndRecordsNoError)
{
    SyncEngine engine(m_store.get());
    QSignalSpy finished(&engine, &SyncEngine::syncFinished);
    ASSERT_TRUE(engine.syncNow());
    EXPECT_EQ(finished.count(), 0);
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    EXPECT_TRUE(finished.at(0).at(1).toString().contains(QStringLiteral("登记")));
    EXPECT_TRUE(m_store->syncState().lastError.isEmpty());
    EXPECT_FALSE(engine.isRunning());
}

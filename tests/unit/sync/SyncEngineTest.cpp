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

TEST_F(SyncEngineTest, RetriesBackOffExponentiallyWithJitterUpToTenMinutes)
{
    EXPECT_EQ(SyncEngine::retryDelayMs(0, 0), 0);
    // Try n waits base(n) = 5 s * 2^(n-1), capped at 10 min, drawn from [base/2, base*3/2).
    EXPECT_EQ(SyncEngine::retryDelayMs(1, 0), 2500);
    EXPECT_EQ(SyncEngine::retryDelayMs(1, 4999), 7499);
    EXPECT_EQ(SyncEngine::retryDelayMs(3, 0), 10000);
    EXPECT_EQ(SyncEngine::retryDelayMs(3, 19999), 29999);
    EXPECT_EQ(SyncEngine::retryDelayMs(20, 0), 300000);
    EXPECT_EQ(SyncEngine::retryDelayMs(20, 599999), 600000) << "never past 10 minutes";
    EXPECT_NE(SyncEngine::retryDelayMs(4, 1), SyncEngine::retryDelayMs(4, 7777)) << "jitter spreads devices";
}

TEST_F(SyncEngineTest, TheNetworkComingBackStartsASyncAtOnce)
{
    SyncEngine engine(m_store.get());
    engine.setAutoSync(true, 3600 * 1000);
    QSignalSpy finished(&engine, &SyncEngine::syncFinished);
    ASSERT_TRUE(finished.wait(5000)); // the first try when auto-sync is switched on
    EXPECT_GT(QDateTime::currentDateTimeUtc().msecsTo(engine.nextRetryAt()), 60 * 1000)
        << "next try at the hourly interval";
    engine.reachability()->setOnline(false);
    engine.reachability()->setOnline(true);
    ASSERT_TRUE(finished.wait(5000)) << "back online: tried without waiting for the interval";
    EXPECT_EQ(finished.count(), 2);
}

// The sync page (reached from the sync bar) and the conflict page: a device with one record in conflict
// with the server, one the server set aside, one whose sending failed and one waiting. Saves
// sync_page.png and conflict_page.png and checks what they say; saving the choice queues the record.
#include "AppRenderFixture.h"
#include "ConflictController.h"
#include "FormCatalog.h"
#include "SyncPageController.h"

#include <QQuickItem>
#include <QTest>

using namespace junheng;
using namespace junheng::test;

namespace {

const QJsonObject s4{{"teaching_area", 8200.5},
                     {"sports_area_outdoor", 12000},
                     {"sports_area_indoor", 0},
                     {"equipment_value", 3600000},
                     {"multimedia_rooms", 36},
                     {"music_rooms", 1},
                     {"music_room_areas", QJsonArray{96}},
                     {"art_rooms", 0},
                     {"classes", 36}};

QJsonObject teacher(int i)
{
    return QJsonObject{{"name", QStringLiteral("教师%1").arg(i)},
                       {"staff_no", QStringLiteral("T%1").arg(i)},
                       {"sex", "1"},
                       {"birth_year", 1985},
                       {"full_time", true},
                       {"stage", "primary"},
                       {"subject", "math"},
                       {"degree", "bachelor"},
                       {"certificate", true},
                       {"backbone", "none"},
                       {"establishment", "staffed"}, {"training_hours", 360}, {"rotation_eligible", false}};
}

class SyncPagesRenderTest : public AppRenderTest
{
protected:
    void seedSyncStates()
    {
        auto store = LocalStore::open(storePath()).value();
        const FormCatalog catalog = FormCatalog::load(FormCatalog::builtInDirectory).value();
        LocalRecord record;
        record.formId = "S4";
        record.formVersion = 1;
        record.schoolCode = SchoolCode;
        record.cycle = CycleId;
        auto draft = store->saveDraft(record, s4);
        ASSERT_TRUE(draft.ok());
        ASSERT_TRUE(store->finalise(draft->uuid, *catalog.find("S4")).ok());
        ASSERT_TRUE(store->confirmSent(draft->uuid, 1).ok());
        QJsonObject mine = s4;
        mine["classes"] = 37;
        auto edited = store->saveDraft(*store->record(draft->uuid), mine);
        ASSERT_TRUE(edited.ok());
        auto sent = store->finalise(edited->uuid, *catalog.find("S4"));
        ASSERT_TRUE(sent.ok()) << qPrintable(sent.error().message);
        LocalRecord server = sent.value();
        server.revision = 2;
        server.status = RecordStatus::Sent;
        server.payload = s4;
        server.payload["classes"] = 38;
        server.updatedAt = QDateTime::currentDateTimeUtc();
        ASSERT_TRUE(
            store
                ->saveConflict(sent.value(), server, s4, {"classes"},
                               QStringLiteral("服务器上的这条记录已更新到第 2 版，本次修改基于第 1 版。"))
                .ok());
        m_conflictUuid = draft->uuid;

        QStringList teachers;
        for (int i = 0; i < 3; ++i) {
            LocalRecord row;
            row.formId = "S3";
            row.formVersion = 1;
            row.schoolCode = SchoolCode;
            row.cycle = CycleId;
            auto saved = store->saveDraft(row, teacher(i));
            ASSERT_TRUE(saved.ok());
            auto finalised = store->finalise(saved->uuid, *catalog.find("S3"));
            ASSERT_TRUE(finalised.ok()) << qPrintable(finalised.error().message);
            teachers << saved->uuid;
        }
        ASSERT_TRUE(
            store->quarantine(teachers.at(0), 1, QStringLiteral("服务器拒收：「出生年份」不在允许范围内。"))
                .ok());
        ASSERT_TRUE(
            store->noteSendFailure({teachers.at(1)}, QStringLiteral("连不上服务器 127.0.0.1（连接被拒绝）。"))
                .ok());
    }

    QQuickItem *buttonWithText(const QString &text) const
    {
        QList<QQuickItem *> pending{m_window->contentItem()};
        while (!pending.isEmpty()) {
            QQuickItem *item = pending.takeLast();
            if (item->property("text").toString() == text && item->isVisible() &&
                item->metaObject()->indexOfSignal("clicked()") >= 0)
                return item;
            pending << item->childItems();
        }
        return nullptr;
    }

    void waitForDepth(int depth)
    {
        QObject *pages = stack();
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return pages->property("depth").toInt() == depth && !pages->property("busy").toBool(); },
            5000));
        ASSERT_TRUE(waitForFrame(m_window));
    }

    QString m_conflictUuid;
};

} // namespace

TEST_F(SyncPagesRenderTest, TheSyncPageListsEachStateAndTheConflictPageOffersBothValues)
{
    seedEnrolledSchool();
    seedSyncStates();
    startApp({1280, 900});
    QQuickItem *details = buttonWithText(QStringLiteral("同步详情"));
    ASSERT_NE(details, nullptr);
    QMetaObject::invokeMethod(details, "clicked");
    waitForDepth(2);
    m_context->syncPageController()->refresh();
    ASSERT_TRUE(waitForFrame(m_window));
    const QImage page = grab(QStringLiteral("sync_page.png"));
    QList<ShownText> shown = texts();
    for (const QString &needle :
         {QStringLiteral("有冲突，需要选择（1 条）"), QStringLiteral("被服务器退回（1 条）"),
          QStringLiteral("服务器拒收：「出生年份」不在允许范围内。"),
          QStringLiteral("发送失败，会自动重试（1 条）"),
          QStringLiteral("连不上服务器 127.0.0.1（连接被拒绝）。"), QStringLiteral("等待发送（1 条）"),
          QStringLiteral("修改后重新发送"), QStringLiteral("逐项选择")})
        expectReadable(page, shown, needle);

    QQuickItem *choose = buttonWithText(QStringLiteral("逐项选择"));
    ASSERT_NE(choose, nullptr);
    QMetaObject::invokeMethod(choose, "clicked");
    waitForDepth(3);
    const QImage conflict = grab(QStringLiteral("conflict_page.png"));
    shown = texts();
    for (const QString &needle :
         {QStringLiteral("处理冲突：办学条件"), QStringLiteral("班级数"), QStringLiteral("本机的：37 个"),
          QStringLiteral("服务器的：38 个"), QStringLiteral("改之前是：36 个"), QStringLiteral("保存选择")})
        expectReadable(conflict, shown, needle);

    m_context->conflictController()->choose(0, "theirs");
    QQuickItem *save = buttonWithText(QStringLiteral("保存选择"));
    ASSERT_NE(save, nullptr);
    QMetaObject::invokeMethod(save, "clicked");
    waitForDepth(2);
    EXPECT_EQ(m_context->store()->syncState().conflicts, 0);
    EXPECT_EQ(m_context->store()->record(m_conflictUuid)->payload.value("classes").toInt(), 38);
}

// The forms a cycle publishes reach the app: opened from the store at start, and taken in after a sync
// brings a new version, with a notice on the home page; a page open at that moment keeps working.
#include "AppController.h"
#include "AppRenderFixture.h"
#include "FormCatalog.h"
#include "SyncEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace junheng;
using namespace junheng::test;

namespace {

const QString NewLabel = QStringLiteral("教学及辅助用房总面积（含走廊）");

// S4 as the county publishes it: version 2, the teaching area relabelled.
QJsonObject s4Version2()
{
    const auto catalog = FormCatalog::load(FormCatalog::builtInDirectory);
    QJsonObject s4 = QJsonDocument::fromJson(catalog->source("S4")).object();
    s4.insert("version", 2);
    QJsonArray sections = s4.value("sections").toArray();
    QJsonObject first = sections.at(0).toObject();
    QJsonArray fields = first.value("fields").toArray();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QJsonObject field = fields.at(i).toObject();
        if (field.value("id").toString() == QLatin1String("teaching_area")) {
            field.insert("label", QJsonObject{{"zh", NewLabel}, {"en", "Teaching area incl. corridors"}});
            fields.replace(i, field);
        }
    }
    first.insert("fields", fields);
    sections.replace(0, first);
    s4.insert("sections", sections);
    return s4;
}

class PublishedFormsRenderTest : public AppRenderTest
{
protected:
    void publish(qint64 seq)
    {
        auto store = LocalStore::open(storePath());
        ASSERT_TRUE(store.ok()) << qPrintable(store.error().message);
        const CycleInfo cycle{
            CycleId,     "2025年度优质均衡监测", "2025-03-01", "2099-05-31", "open", "national",
            {{"S4", 2}}, {{"S4", s4Version2()}}, seq};
        ASSERT_TRUE(store.value()->applyReviewFeed({cycle}, {}, seq).ok());
    }

    bool shows(const QString &needle) const
    {
        for (const ShownText &text : texts())
            if (text.text.contains(needle))
                return true;
        return false;
    }
};

} // namespace

TEST_F(PublishedFormsRenderTest, ThePublishedVersionIsTheOneOpenedAtStart)
{
    seedEnrolledSchool();
    publish(1);
    startApp();
    EXPECT_TRUE(AppController::create(nullptr, nullptr)->formsNotice().isEmpty())
        << "nothing new to say at start";
    openForm(QStringLiteral("S4"));
    const QImage image = grab(QStringLiteral("published-s4.png"));
    expectReadable(image, texts(), NewLabel);
}

TEST_F(PublishedFormsRenderTest, ASyncThatBringsANewVersionSwapsItInAndSaysSo)
{
    seedEnrolledSchool();
    startApp();
    AppController *app = m_context->appController();
    openForm(QStringLiteral("S4"));
    EXPECT_FALSE(shows(NewLabel));

    // The sync pulls the cycle with S4 version 2 while S4 is open.
    publish(1);
    QSignalSpy notice(app, &AppController::formsNoticeChanged);
    Q_EMIT m_context->syncEngine()->syncFinished(true, QString());
    ASSERT_EQ(notice.count(), 1);
    EXPECT_TRUE(app->formsNotice().contains(QStringLiteral("S4 第2版"))) << app->formsNotice().toStdString();
    EXPECT_FALSE(shows(NewLabel)) << "the open page keeps the definition it was opened with";
    auto *page = qvariant_cast<QObject *>(stack()->property("currentItem"));
    ASSERT_TRUE(QMetaObject::invokeMethod(page, "backRequested"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return stack()->property("depth").toInt() == 1 && !stack()->property("busy").toBool(); },
        5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return shows(app->formsNotice()); }, 5000));
    const QImage home = grab(QStringLiteral("published-notice.png"));
    expectReadable(home, texts(), QStringLiteral("县教育局发布了新版表单"));

    openForm(QStringLiteral("S4"));
    expectReadable(grab(QStringLiteral("published-s4-after-sync.png")), texts(), NewLabel);

    // The same cycle pulled again changes nothing.
    notice.clear();
    Q_EMIT m_context->syncEngine()->syncFinished(true, QString());
    EXPECT_EQ(notice.count(), 0);
}

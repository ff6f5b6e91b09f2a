// Renders the app's pages offscreen (software scene graph), saves them as PNGs in this test's build
// folder (home.png, home_portrait.png, form_s4.png, form_s1.png, ...) and checks what a person would
// see on them: the texts, in a CJK font, with ink under them, red where an error must be corrected.
#include "AppController.h"
#include "AppRenderFixture.h"
#include "FormController.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>
#include <algorithm>

Q_IMPORT_QML_PLUGIN(JunhengPlugin)

using namespace junheng;
using namespace junheng::test;

namespace {

const QString OutOfRangeMessage = QStringLiteral("「建校年份」填写的是 1800 年");

TEST_F(AppRenderTest, HomePageShowsSchoolFormsAndSyncStateInLandscape)
{
    seedEnrolledSchool();
    startApp({1280, 800});
    const QImage image = grab(QStringLiteral("home.png"));
    EXPECT_GT(distinctColours(image), 40);

    const QList<ShownText> shown = texts();
    for (const QString &needle : {QStringLiteral("云溪县实验小学"), QStringLiteral("城关街道"),
                                  QStringLiteral("2025年度优质均衡监测"), QStringLiteral("学校基本情况"),
                                  QStringLiteral("办学条件"), QStringLiteral("待发送")})
        expectReadable(image, shown, needle);
    EXPECT_NE(findText(shown, QStringLiteral("草稿")), nullptr) << "S1 is a draft";
    EXPECT_NE(findText(shown, QStringLiteral("未开始")), nullptr) << "S4 has no record";
    EXPECT_NE(findText(shown, QStringLiteral("从未同步")), nullptr);
    // The plain-HTTP test server is announced loudly.
    const ShownText *warning = findText(shown, QStringLiteral("不加密的 http"));
    ASSERT_NE(warning, nullptr) << qPrintable(describe(shown));
    EXPECT_TRUE(isOnScreen(*warning, m_window));
}

TEST_F(AppRenderTest, HomePageStacksFormCardsInPortrait)
{
    seedEnrolledSchool();
    startApp({800, 1280});
    const QImage image = grab(QStringLiteral("home_portrait.png"));
    EXPECT_GT(distinctColours(image), 40);

    const QList<ShownText> shown = texts();
    expectReadable(image, shown, QStringLiteral("学校基本情况"));
    expectReadable(image, shown, QStringLiteral("办学条件"));
    expectReadable(image, shown, QStringLiteral("待发送"));
    const ShownText *s1 = findText(shown, QStringLiteral("S1 学校基本情况"));
    const ShownText *s4 = findText(shown, QStringLiteral("S4 办学条件"));
    ASSERT_TRUE(s1 && s4);
    EXPECT_EQ(s1->sceneRect.left(), s4->sceneRect.left()) << "one column of cards";
    EXPECT_LT(s1->sceneRect.bottom(), s4->sceneRect.top());
}

TEST_F(AppRenderTest, HomePageTellsAnUnenrolledDeviceHowToEnrol)
{
    startApp({1280, 800});
    const QImage image = grab(QStringLiteral("home_unenrolled.png"));
    const QList<ShownText> shown = texts();
    expectReadable(image, shown, QStringLiteral("还没有注册"));
    expectReadable(image, shown, QStringLiteral("junheng-cli enrol --server URL --code CODE"));
    EXPECT_FALSE(m_context->appController()->openForm(QStringLiteral("S1")));
}

TEST_F(AppRenderTest, FormS4ShowsItsSectionsFieldsAndUnits)
{
    seedEnrolledSchool();
    startApp({1280, 800});
    openForm(QStringLiteral("S4"));
    const QImage image = grab(QStringLiteral("form_s4.png"));
    EXPECT_GT(distinctColours(image), 40);

    const QList<ShownText> shown = texts();
    for (const QString &needle :
         {QStringLiteral("办学条件"), QStringLiteral("校舍与场地"), QStringLiteral("教学及辅助用房面积"),
          QStringLiteral("不含室内体育馆"), QStringLiteral("保存草稿"), QStringLiteral("定稿"),
          QStringLiteral("待发送")})
        expectReadable(image, shown, needle);
    EXPECT_NE(findText(shown, QStringLiteral("㎡")), nullptr);
    // Nothing typed yet: no red "must be filled" before the person has done anything.
    EXPECT_EQ(findText(shown, QStringLiteral("必须填写")), nullptr);
}

TEST_F(AppRenderTest, FormS1ShowsTheOutOfRangeMessageInRed)
{
    seedEnrolledSchool();
    startApp({1280, 800});
    openForm(QStringLiteral("S1"));
    const QImage image = grab(QStringLiteral("form_s1.png"));

    const QList<ShownText> shown = texts();
    expectReadable(image, shown, QStringLiteral("学校基本情况"));
    expectReadable(image, shown, QStringLiteral("建校年份"));
    expectReadable(image, shown, OutOfRangeMessage);
    const ShownText *message = findText(shown, OutOfRangeMessage);
    ASSERT_NE(message, nullptr);
    EXPECT_TRUE(message->text.contains(QStringLiteral("允许范围 1900 – 2026 年")));
    EXPECT_GT(redShare(image, message->sceneRect, m_window), 0.02) << "hard errors are red";
    // School type 小学: the junior grades do not apply and are not shown.
    EXPECT_EQ(findText(shown, QStringLiteral("七年级学生数")), nullptr);
    // The value typed earlier is in its field.
    EXPECT_TRUE(std::any_of(shown.cbegin(), shown.cend(), [](const ShownText &t) {
        return t.text == QLatin1String("1800") && t.item->inherits("QQuickTextInput");
    }));
}

TEST_F(AppRenderTest, FormS1LaysOutInPortraitAndASmallWindow)
{
    seedEnrolledSchool();
    startApp({800, 1280});
    openForm(QStringLiteral("S1"));
    QImage image = grab(QStringLiteral("form_s1_portrait.png"));
    QList<ShownText> shown = texts();
    expectReadable(image, shown, OutOfRangeMessage);
    expectReadable(image, shown, QStringLiteral("保存草稿"));

    resize({640, 480});
    image = grab(QStringLiteral("form_s1_small.png"));
    shown = texts();
    expectReadable(image, shown, QStringLiteral("学校类型"));
    expectReadable(image, shown, QStringLiteral("定稿"));
    expectReadable(image, shown, QStringLiteral("待发送"));
}

TEST_F(AppRenderTest, CorrectingAValueClearsItsMessageAndIsSavedWithoutPressingSave)
{
    seedEnrolledSchool();
    startApp({1280, 800});
    openForm(QStringLiteral("S1"));
    FormController *form = m_context->formController();
    QSignalSpy saved(m_context->store(), &LocalStore::recordsChanged);

    form->setFieldText(QStringLiteral("founded_year"), QStringLiteral("１９９８")); // full-width, as typed
    ASSERT_TRUE(waitForFrame(m_window));
    EXPECT_EQ(findText(texts(), OutOfRangeMessage), nullptr);
    EXPECT_TRUE(form->isDirty());

    ASSERT_TRUE(saved.wait(FormController::AutosaveDelayMs + 3000)) << "autosave did not happen";
    EXPECT_FALSE(form->isDirty());
    const auto record = m_context->store()->singleRecord(QStringLiteral("S1"), SchoolCode, CycleId);
    ASSERT_TRUE(record.has_value());
    EXPECT_EQ(record->payload.value(QStringLiteral("founded_year")).toDouble(), 1998.0);
    grab(QStringLiteral("form_s1_corrected.png"));
}

TEST_F(AppRenderTest, RefusedFinaliseListsEveryErrorAndMarksMissingFields)
{
    seedEnrolledSchool();
    startApp({1280, 800});
    openForm(QStringLiteral("S1"));
    FormController *form = m_context->formController();
    EXPECT_FALSE(form->finalise());
    QObject *dialog = nullptr;
    for (QObject *object : m_window->findChildren<QObject *>()) {
        if (object->inherits("QQuickDialog"))
            dialog = object;
    }
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->property("opened").toBool(); }, 5000));
    ASSERT_TRUE(waitForFrame(m_window));
    const QImage image = grab(QStringLiteral("form_s1_refused.png"));
    const QList<ShownText> shown = texts();
    expectReadable(image, shown, QStringLiteral("处须改正或写明原因"));
    EXPECT_NE(findText(shown, QStringLiteral("「是否寄宿制学校」必须填写")), nullptr)
        << qPrintable(describe(shown));
    EXPECT_GT(form->finaliseErrors().size(), 5);
    const auto record = m_context->store()->singleRecord(QStringLiteral("S1"), SchoolCode, CycleId);
    ASSERT_TRUE(record.has_value());
    EXPECT_EQ(record->status, RecordStatus::Draft);
}

TEST_F(AppRenderTest, UnusualValueIsAnAmberReminderThatDoesNotBlock)
{
    seedEnrolledSchool();
    startApp({1280, 800});
    openForm(QStringLiteral("S4"));
    m_context->formController()->setFieldText(QStringLiteral("teaching_area"), QStringLiteral("150"));
    ASSERT_TRUE(waitForFrame(m_window));
    const QImage image = grab(QStringLiteral("form_s4_reminder.png"));
    const QList<ShownText> shown = texts();
    const QString reminder = QStringLiteral("「教学及辅助用房面积」填写的是 150 ㎡，低于通常的 200 ㎡");
    expectReadable(image, shown, reminder);
    EXPECT_LT(redShare(image, findText(shown, reminder)->sceneRect, m_window), 0.01)
        << "a reminder is not red";
    EXPECT_EQ(m_context->formController()->softCount(), 1);
}

TEST_F(AppRenderTest, LeavingTheFormSavesWhatWasTypedAtOnce)
{
    seedEnrolledSchool();
    startApp({1280, 800});
    openForm(QStringLiteral("S4"));
    m_context->formController()->setFieldText(QStringLiteral("multimedia_rooms"), QStringLiteral("24"));
    QObject *pages = stack();
    ASSERT_NE(pages, nullptr);
    // The back button's intent, as the page sends it.
    QQuickItem *page = qvariant_cast<QQuickItem *>(pages->property("currentItem"));
    ASSERT_NE(page, nullptr);
    ASSERT_TRUE(QMetaObject::invokeMethod(page, "backRequested"));
    const auto record = m_context->store()->singleRecord(QStringLiteral("S4"), SchoolCode, CycleId);
    ASSERT_TRUE(record.has_value()) << "not saved on leaving";
    EXPECT_EQ(record->payload.value(QStringLiteral("multimedia_rooms")).toDouble(), 24.0);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return pages->property("depth").toInt() == 1 && !pages->property("busy").toBool(); }, 5000));
    ASSERT_TRUE(waitForFrame(m_window));
    const QImage image = grab(QStringLiteral("home_after_edit.png"));
    const QList<ShownText> shown = texts();
    const ShownText *s4 = findText(shown, QStringLiteral("S4 办学条件"));
    ASSERT_NE(s4, nullptr);
    expectReadable(image, shown, QStringLiteral("7 项未填"));
}

TEST_F(AppRenderTest, FinalisingACompleteFormQueuesItAndTheSyncBarSaysSo)
{
    seedEnrolledSchool();
    startApp({1280, 800});
    openForm(QStringLiteral("S4"));
    FormController *form = m_context->formController();
    const QList<QPair<QString, QString>> answers{
        {"teaching_area", "3200.5"},       {"sports_area_outdoor", "6400"},
        {"sports_area_indoor", "0"},       {"equipment_value", "1,250,000"},
        {"multimedia_rooms", "18"},        {"music_rooms", "2"},
        {"music_room_areas", "96、102.5"}, {"art_rooms", "1"},
        {"art_room_areas", "92"},          {"classes", "18"}};
    for (const auto &[field, text] : answers)
        form->setFieldText(field, text);
    EXPECT_EQ(form->hardCount(), 0);
    ASSERT_TRUE(form->finalise());
    ASSERT_TRUE(m_context->store()
                    ->noteSyncError(QStringLiteral("连不上服务器 127.0.0.1:8765，请检查网络。"),
                                    QDateTime::currentDateTime())
                    .ok());
    ASSERT_TRUE(waitForFrame(m_window));
    const QImage image = grab(QStringLiteral("form_s4_finalised.png"));
    const QList<ShownText> shown = texts();
    expectReadable(image, shown, QStringLiteral("待发送 1 条"));
    expectReadable(image, shown, QStringLiteral("已定稿，联网后会自动发送"));
    expectReadable(image, shown, QStringLiteral("如果再修改，会变回草稿"));
    const ShownText *error = findText(shown, QStringLiteral("连不上服务器"));
    ASSERT_NE(error, nullptr) << qPrintable(describe(shown));
    EXPECT_GT(redShare(image, error->sceneRect, m_window), 0.02);
    EXPECT_EQ(form->status(), QStringLiteral("finalised"));

    // Sync confirms it while the page is open: the page follows, without reopening.
    const QString uuid = m_context->store()->outboxBatch(1).value(0).uuid;
    ASSERT_TRUE(m_context->store()->confirmSent(uuid, 1).ok());
    EXPECT_EQ(form->status(), QStringLiteral("sent"));
    EXPECT_EQ(form->notice(), QStringLiteral("已发送到服务器（第 1 版）。"));
}

TEST(AppStartupTest, AStoreThatCannotBeOpenedIsExplainedInChinese)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    useMaterialStyle();

    AppContext context;
    AppOptions options;
    options.storePath = dir.filePath(QStringLiteral("not-a-folder/junheng.db"));
    options.autoSync = false;
    options.language = QStringLiteral("zh_CN"); // whatever language this machine saved or speaks
    options.settingsFile = dir.filePath(QStringLiteral("settings.ini"));
    ASSERT_FALSE(context.start(options));
    EXPECT_TRUE(context.error().contains(QStringLiteral("无法打开本机数据库")))
        << qPrintable(context.error());

    QQmlApplicationEngine engine;
    engine.load(context.mainFile());
    ASSERT_EQ(engine.rootObjects().size(), 1);
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    ASSERT_NE(window, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
    ASSERT_TRUE(waitForFrame(window));
    const QImage image = window->grabWindow();
    EXPECT_TRUE(image.save(renderPath(QStringLiteral("startup_error.png"))));
    const QList<ShownText> shown = shownTexts(window->contentItem());
    const ShownText *message = findText(shown, QStringLiteral("无法打开本机数据库"));
    ASSERT_NE(message, nullptr) << qPrintable(describe(shown));
    EXPECT_GT(inkShare(image, message->sceneRect, window), 0.06);
    EXPECT_NE(findText(shown, QStringLiteral("退出")), nullptr);
}

} // namespace

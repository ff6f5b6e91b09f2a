// Renders the app's pages offscreen (software scene graph), saves them as PNGs next to this test's
// build folder (home.png, home_portrait.png, form_s4.png, form_s1.png, ...) and checks what a person
// would see on them.
#include "AppContext.h"
#include "AppController.h"
#include "FormController.h"
#include "LocalStore.h"
#include "RenderProbe.h"

#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>
#include <gtest/gtest.h>
#include <memory>

Q_IMPORT_QML_PLUGIN(JunhengPlugin)

using namespace junheng;
using namespace junheng::test;

namespace {

// gtest discovery runs this binary without the test's environment: render offscreen regardless.
const bool offscreenByDefault = [] {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
        qputenv("QT_QUICK_BACKEND", "software");
    return true;
}();

const QString SchoolCode = QStringLiteral("3703990101");
const QString CycleId = QStringLiteral("2025-yzjh");
const QString OutOfRangeMessage = QStringLiteral("「建校年份」填写的是 1800 年");

QStringList qmlWarnings;

void collectQmlWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg && message.contains(QLatin1String("qrc:/Junheng/")))
        qmlWarnings << message;
    fprintf(stderr, "%s\n", qPrintable(message));
}

Enrolment schoolEnrolment()
{
    Enrolment e;
    e.serverUrl = QStringLiteral("http://127.0.0.1:8765");
    e.token = QStringLiteral("test-token");
    e.deviceId = QStringLiteral("tablet-1");
    e.role = QStringLiteral("school");
    e.scopeCode = SchoolCode;
    e.scopeName = QStringLiteral("云溪县实验小学");
    e.townName = QStringLiteral("城关街道");
    e.countyName = QStringLiteral("云溪县");
    e.cycleId = CycleId;
    e.cycleName = QStringLiteral("2025年度优质均衡监测");
    return e;
}

QString renderPath(const QString &name)
{
    return QDir(QStringLiteral(JUNHENG_RENDER_DIR)).filePath(name);
}

class RenderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        qmlWarnings.clear();
        m_previousHandler = qInstallMessageHandler(collectQmlWarnings);
        // Once, before the first engine, as main() does.
        if (QQuickStyle::name() != QLatin1String("Material"))
            QQuickStyle::setStyle(QStringLiteral("Material"));
    }

    void TearDown() override
    {
        m_engine.reset();
        m_context.reset();
        qInstallMessageHandler(m_previousHandler);
        EXPECT_TRUE(qmlWarnings.isEmpty()) << qPrintable(qmlWarnings.join(QLatin1Char('\n')));
    }

    QString storePath() const { return m_dir.filePath(QStringLiteral("junheng.db")); }

    // The school's device: enrolled, and a draft S1 with a few answers, one of them out of range.
    void seedEnrolledSchool()
    {
        auto store = LocalStore::open(storePath());
        ASSERT_TRUE(store.ok()) << qPrintable(store.error().message);
        ASSERT_TRUE(store.value()->saveEnrolment(schoolEnrolment()).ok());
        LocalRecord record;
        record.formId = QStringLiteral("S1");
        record.formVersion = 1;
        record.schoolCode = SchoolCode;
        record.cycle = CycleId;
        const QJsonObject payload{{"school_type", "primary"}, {"school_system", "6_3"}, {"location", "town"},
                                  {"ownership", "public"},    {"founded_year", 1800},   {"has_charter", true},
                                  {"students_g1", 95}};
        auto saved = store.value()->saveDraft(record, payload);
        ASSERT_TRUE(saved.ok()) << qPrintable(saved.error().message);
    }

    // Wires the app as main() does and shows Main.qml at the given size.
    void startApp(QSize size = {1280, 800})
    {
        m_context = std::make_unique<AppContext>();
        AppOptions options;
        options.storePath = storePath();
        options.autoSync = false; // no network in render tests
        ASSERT_TRUE(m_context->start(options)) << qPrintable(m_context->error());
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->load(m_context->mainFile());
        ASSERT_EQ(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        ASSERT_NE(m_window, nullptr);
        m_window->resize(size);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window));
        ASSERT_TRUE(waitForFrame(m_window));
    }

    void resize(QSize size)
    {
        m_window->resize(size);
        ASSERT_TRUE(waitForFrame(m_window));
    }

    // Through the intent, as a tap on the home page does; waits until the page has slid in.
    void openForm(const QString &formId)
    {
        QObject *stack = m_window->findChild<QObject *>(QStringLiteral("stack"));
        ASSERT_NE(stack, nullptr);
        ASSERT_TRUE(m_context->appController()->openForm(formId));
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return stack->property("depth").toInt() == 2 && !stack->property("busy").toBool(); },
            5000));
        ASSERT_TRUE(waitForFrame(m_window));
    }

    QImage grab(const QString &name)
    {
        const QImage image = m_window->grabWindow();
        EXPECT_FALSE(image.isNull());
        EXPECT_TRUE(image.save(renderPath(name))) << qPrintable(renderPath(name));
        return image;
    }

    QList<ShownText> texts() const { return shownTexts(m_window->contentItem()); }

    // The text is visible, on screen, drawn in a CJK-capable font, and there is ink under it.
    void expectReadable(const QImage &image, const QList<ShownText> &shown, const QString &needle)
    {
        const ShownText *text = findText(shown, needle);
        ASSERT_NE(text, nullptr) << "not shown: " << qPrintable(needle) << "\nshown:\n"
                                 << qPrintable(describe(shown));
        EXPECT_TRUE(isOnScreen(*text, m_window)) << qPrintable(needle);
        const QString family = resolvedFamily(text->item);
        EXPECT_TRUE(family.contains(QLatin1String("WenQuanYi")) || supportsSimplifiedChinese(family))
            << qPrintable(needle) << " is drawn in " << qPrintable(family);
        EXPECT_GT(inkShare(image, text->sceneRect, m_window), 0.06)
            << "no ink under " << qPrintable(needle) << " at " << text->sceneRect.x() << ","
            << text->sceneRect.y() << " " << text->sceneRect.width() << "x" << text->sceneRect.height()
            << " in " << text->item->metaObject()->className();
    }

    QTemporaryDir m_dir;
    QtMessageHandler m_previousHandler = nullptr;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};

TEST_F(RenderTest, HomePageShowsSchoolFormsAndSyncStateInLandscape)
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

TEST_F(RenderTest, HomePageStacksFormCardsInPortrait)
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

TEST_F(RenderTest, HomePageTellsAnUnenrolledDeviceHowToEnrol)
{
    startApp({1280, 800});
    const QImage image = grab(QStringLiteral("home_unenrolled.png"));
    const QList<ShownText> shown = texts();
    expectReadable(image, shown, QStringLiteral("还没有注册"));
    expectReadable(image, shown, QStringLiteral("junheng-cli enrol --server URL --code CODE"));
    EXPECT_FALSE(m_context->appController()->openForm(QStringLiteral("S1")));
}

TEST_F(RenderTest, FormS4ShowsItsSectionsFieldsAndUnits)
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

TEST_F(RenderTest, FormS1ShowsTheOutOfRangeMessageInRed)
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
    // The value typed earlier is in its field.
    EXPECT_TRUE(std::any_of(shown.cbegin(), shown.cend(), [](const ShownText &t) {
        return t.text == QLatin1String("1800") && t.item->inherits("QQuickTextInput");
    }));
}

TEST_F(RenderTest, FormS1LaysOutInPortraitAndASmallWindow)
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

TEST_F(RenderTest, CorrectingAValueClearsItsMessageAndIsSavedWithoutPressingSave)
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

TEST_F(RenderTest, RefusedFinaliseListsEveryErrorAndMarksMissingFields)
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
    expectReadable(image, shown, QStringLiteral("处必须改正"));
    EXPECT_NE(findText(shown, QStringLiteral("「是否寄宿制学校」必须填写")), nullptr)
        << qPrintable(describe(shown));
    EXPECT_GT(form->finaliseErrors().size(), 5);
    const auto record = m_context->store()->singleRecord(QStringLiteral("S1"), SchoolCode, CycleId);
    ASSERT_TRUE(record.has_value());
    EXPECT_EQ(record->status, RecordStatus::Draft);
}

} // namespace

#include "AppRenderFixture.h"
#include "Language.h"

#include "AppController.h"
#include "FormCatalog.h"
#include "RosterFixture.h"
#include "TestPin.h"

#include <QDir>
#include <QFile>
#include <QQuickStyle>
#include <QTest>
#include <cstdio>

namespace junheng::test {

namespace {

// gtest discovery runs the binary without the test's environment: render offscreen regardless.
const bool offscreenByDefault = [] {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
        qputenv("QT_QUICK_BACKEND", "software");
    return true;
}();

// Any warning from the module's QML (a broken binding, a missing property) fails the test.
QStringList qmlWarnings;

void collectQmlWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg && message.contains(QLatin1String("qrc:/Junheng/")))
        qmlWarnings << message;
    std::fprintf(stderr, "%s\n", qPrintable(message));
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

} // namespace

QString renderPath(const QString &name)
{
    return QDir(QStringLiteral(JUNHENG_RENDER_DIR)).filePath(name);
}

void useMaterialStyle()
{
    if (QQuickStyle::name() != QLatin1String("Material"))
        QQuickStyle::setStyle(QStringLiteral("Material"));
}

void AppRenderTest::SetUp()
{
    ASSERT_TRUE(offscreenByDefault && m_dir.isValid());
    qmlWarnings.clear();
    m_previousHandler = qInstallMessageHandler(collectQmlWarnings);
    useMaterialStyle();
}

void AppRenderTest::TearDown()
{
    m_engine.reset();
    m_context.reset();
    i18n::apply(i18n::Language::Chinese); // the next test starts in the source language
    qInstallMessageHandler(m_previousHandler);
    EXPECT_TRUE(qmlWarnings.isEmpty()) << qPrintable(qmlWarnings.join(QLatin1Char('\n')));
}

void AppRenderTest::seedEnrolledSchool()
{
    auto store = LocalStore::open(storePath());
    ASSERT_TRUE(store.ok()) << qPrintable(store.error().message);
    ASSERT_TRUE(store.value()->saveEnrolment(schoolEnrolment()).ok());
    ASSERT_TRUE(junheng::testing::unlockForTests(*store.value()).ok());
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

void AppRenderTest::useFormsWithRosterFixture()
{
    m_formsDirectory = m_dir.filePath(QStringLiteral("forms"));
    ASSERT_TRUE(QDir().mkpath(m_formsDirectory));
    const QDir builtIn(FormCatalog::builtInDirectory);
    for (const QString &name : builtIn.entryList({QStringLiteral("*.json")}, QDir::Files))
        ASSERT_TRUE(QFile::copy(builtIn.filePath(name), QDir(m_formsDirectory).filePath(name)));
    QFile fixture(QDir(m_formsDirectory).filePath(QStringLiteral("T6.json")));
    ASSERT_TRUE(fixture.open(QIODevice::WriteOnly));
    fixture.write(junheng::testing::rosterFixtureJson());
}

void AppRenderTest::startApp(QSize size)
{
    m_context = std::make_unique<AppContext>();
    AppOptions options;
    options.storePath = storePath();
    options.autoSync = false;      // no network in render tests
    options.language = m_language; // Chinese unless a test asks for English; never the saved setting
    options.settingsFile = m_dir.filePath(QStringLiteral("settings.ini"));
    options.pin = m_givePin ? junheng::testing::TestPin : QString();
    options.pinIterations = junheng::testing::TestPinIterations;
    if (!m_formsDirectory.isEmpty())
        options.formsDirectory = m_formsDirectory;
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

void AppRenderTest::resize(QSize size)
{
    m_window->resize(size);
    ASSERT_TRUE(waitForFrame(m_window));
}

QObject *AppRenderTest::stack() const
{
    return m_window->findChild<QObject *>(QStringLiteral("stack"));
}

void AppRenderTest::openForm(const QString &formId)
{
    QObject *pages = stack();
    ASSERT_NE(pages, nullptr);
    ASSERT_TRUE(m_context->appController()->openForm(formId));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return pages->property("depth").toInt() == 2 && !pages->property("busy").toBool(); }, 5000));
    ASSERT_TRUE(waitForFrame(m_window));
}

QImage AppRenderTest::grab(const QString &name)
{
    const QImage image = m_window->grabWindow();
    EXPECT_FALSE(image.isNull());
    EXPECT_TRUE(image.save(renderPath(name))) << qPrintable(renderPath(name));
    return image;
}

void AppRenderTest::expectReadable(const QImage &image, const QList<ShownText> &shown, const QString &needle)
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
        << text->sceneRect.y();
}

} // namespace junheng::test

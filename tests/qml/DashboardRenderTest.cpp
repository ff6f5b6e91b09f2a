// The dashboard page: opened from the home page, it shows each indicator with its state and, for a
// school whose S1 lacks most grades, says which fields are missing instead of showing zeros.
#include "AppRenderFixture.h"

#include <QTest>

using namespace junheng;
using namespace junheng::test;

TEST_F(AppRenderTest, DashboardShowsIndicatorsAndWhatIsMissing)
{
    seedEnrolledSchool();
    startApp({1280, 800});
    QObject *button = nullptr;
    for (QObject *object : m_window->findChildren<QObject *>())
        if (object->objectName() == QLatin1String("dashboardButton"))
            button = object;
    ASSERT_NE(button, nullptr);
    ASSERT_TRUE(QMetaObject::invokeMethod(button, "clicked"));
    QObject *pages = stack();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return pages->property("depth").toInt() == 2 && !pages->property("busy").toBool(); }, 5000));
    ASSERT_TRUE(waitForFrame(m_window));

    const QImage image = grab(QStringLiteral("dashboard.png"));
    EXPECT_GT(distinctColours(image), 20);
    const QList<ShownText> shown = texts();
    for (const QString &needle : {QStringLiteral("评估指标"), QStringLiteral("资源配置 · 小学部"),
                                  QStringLiteral("生均教学及辅助用房面积"), QStringLiteral("未计算")})
        expectReadable(image, shown, needle);
    // S1 has only grade 1: the missing grades are named instead of a value computed with zeros.
    EXPECT_NE(findText(shown, QStringLiteral("S1.students_g2")), nullptr) << qPrintable(describe(shown));
}

// The app asks for the PIN of the student health data at start (pin_enter.png, pin_wrong.png) and sets
// one on first use (pin_setup.png); a wrong PIN says so and opens nothing.
#include "AppRenderFixture.h"
#include "PinController.h"
#include "TestPin.h"

#include <QTest>

using namespace junheng;
using namespace junheng::test;

namespace {

class PinRenderTest : public AppRenderTest
{
protected:
    PinController *pin() const { return m_context->pinController(); }
};

} // namespace

TEST_F(PinRenderTest, AWrongPinSaysSoAndTheRightOneOpensTheData)
{
    seedEnrolledSchool();            // sets the test PIN
    LocalStore::forgetProcessKeys(); // as the app started afresh
    m_givePin = false;
    startApp({1280, 800});
    EXPECT_TRUE(pin()->needed());
    EXPECT_FALSE(pin()->settingUp());
    QImage image = grab(QStringLiteral("pin_enter.png"));
    expectReadable(image, texts(), QStringLiteral("请输入 PIN"));

    EXPECT_FALSE(pin()->submit(QStringLiteral("135790")));
    EXPECT_TRUE(pin()->needed());
    EXPECT_FALSE(m_context->store()->isUnlocked());
    ASSERT_TRUE(waitForFrame(m_window));
    image = grab(QStringLiteral("pin_wrong.png"));
    expectReadable(image, texts(), QStringLiteral("PIN 不对"));

    EXPECT_TRUE(pin()->submit(junheng::testing::TestPin));
    EXPECT_FALSE(pin()->needed());
    EXPECT_TRUE(m_context->store()->isUnlocked());
    ASSERT_TRUE(waitForFrame(m_window));
    EXPECT_EQ(findText(texts(), QStringLiteral("请输入 PIN")), nullptr);
}

TEST_F(PinRenderTest, OnFirstUseAPinIsSetTypedTwice)
{
    m_givePin = false;
    startApp({1280, 800});
    EXPECT_TRUE(pin()->settingUp());
    const QImage image = grab(QStringLiteral("pin_setup.png"));
    expectReadable(image, texts(), QStringLiteral("设置 PIN"));
    EXPECT_FALSE(pin()->submit(QStringLiteral("123456"), QStringLiteral("654321")));
    EXPECT_TRUE(pin()->error().contains(QStringLiteral("不一样")));
    EXPECT_FALSE(pin()->submit(QStringLiteral("12a"), QStringLiteral("12a")));
    EXPECT_TRUE(pin()->error().contains(QStringLiteral("6 到 12 位数字")));
    EXPECT_TRUE(pin()->submit(QStringLiteral("123456"), QStringLiteral("123456")));
    EXPECT_TRUE(m_context->store()->hasPin());
    EXPECT_FALSE(pin()->needed());
}

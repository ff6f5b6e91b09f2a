// main() for the GoogleTest executables: a QCoreApplication (or QGuiApplication where the test needs
// one, by defining JUNHENG_TEST_GUI; a QApplication with JUNHENG_TEST_WIDGETS, which Qt Charts need) so
// Qt's event loop, SQL and network work inside the tests.
#include <gtest/gtest.h>

#if defined(JUNHENG_TEST_WIDGETS)
#include <QApplication>
using TestApplication = QApplication;
#elif defined(JUNHENG_TEST_GUI)
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char **argv)
{
#if defined(JUNHENG_TEST_WIDGETS) || defined(JUNHENG_TEST_GUI)
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // tests never need a display
#endif
    TestApplication app(argc, argv);
    // The PIN of the test stores (TestPin.h), for the junheng-cli processes the tests start.
    if (qEnvironmentVariableIsEmpty("JUNHENG_PIN"))
        qputenv("JUNHENG_PIN", "246810");
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

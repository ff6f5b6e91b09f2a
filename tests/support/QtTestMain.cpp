// main() for the GoogleTest executables: a QCoreApplication (or QGuiApplication where the test needs
// one, by defining JUNHENG_TEST_GUI) so Qt's event loop, SQL and network work inside the tests.
#include <gtest/gtest.h>

#ifdef JUNHENG_TEST_GUI
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char **argv)
{
    TestApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

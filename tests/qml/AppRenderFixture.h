#pragma once

#include "AppContext.h"
#include "LocalStore.h"
#include "RenderProbe.h"

#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

// The app as main() wires it (AppContext + Main.qml), shown offscreen, with helpers to look at it.
namespace junheng::test {

inline const QString SchoolCode = QStringLiteral("3703990101");
inline const QString CycleId = QStringLiteral("2025-yzjh");

// Where the PNGs go: this test's build folder.
QString renderPath(const QString &name);
// Installs the Material style once, before the first engine, as main() does.
void useMaterialStyle();

class AppRenderTest : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    QString storePath() const { return m_dir.filePath(QStringLiteral("junheng.db")); }
    // The school's device: enrolled, and a draft S1 with a few answers, one of them out of range.
    void seedEnrolledSchool();
    // The built-in forms plus the roster fixture T6 (tests/support/RosterFixture.h), for startApp.
    void useFormsWithRosterFixture();
    // Wires the app as main() does and shows Main.qml at the given size.
    void startApp(QSize size = {1280, 800});
    void resize(QSize size);
    // Through the intent, as a tap on the home page does; waits until the page has slid in.
    void openForm(const QString &formId);
    QObject *stack() const;
    QImage grab(const QString &name);
    QList<ShownText> texts() const { return shownTexts(m_window->contentItem()); }
    // The text is visible, on screen, drawn in a CJK-capable font, and there is ink under it.
    void expectReadable(const QImage &image, const QList<ShownText> &shown, const QString &needle);

    QTemporaryDir m_dir;
    QString m_formsDirectory;                     // empty: the built-in forms
    QString m_language = QStringLiteral("zh_CN"); // the app's language for startApp ("en": English)
    bool m_givePin = true;    // false: the app asks for the PIN (PinPage)
    QtMessageHandler m_previousHandler = nullptr;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};

} // namespace junheng::test

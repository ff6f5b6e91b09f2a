// The app in English (english_home.png, english_form_s1.png, english_roster_s6.png): the home page, a form
// page and a roster page show English, and no Chinese is left in what they show except data values (the
// school's name, town, county and cycle from the enrolment, the students' names). Also the live switch:
// 中文 / English on the home page retranslates at once and is remembered.
#include "AppController.h"
#include "AppRenderFixture.h"
#include "FormCatalog.h"
#include "Language.h"
#include "LanguageController.h"

#include <QQuickItem>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>

using namespace junheng;
using namespace junheng::test;

namespace {

class EnglishRenderTest : public AppRenderTest
{
protected:
    // Values the user typed or the server gave: shown as they are in either language.
    QStringList m_dataValues{QStringLiteral("云溪县实验小学"), QStringLiteral("城关街道"),
                             QStringLiteral("云溪县"), QStringLiteral("2025年度优质均衡监测")};

    // 30 students of grade 3 in S6 (the national fitness form); row 3 has an impossible height.
    void seedFitnessRoster()
    {
        auto catalog = FormCatalog::load(FormCatalog::builtInDirectory);
        ASSERT_TRUE(catalog.ok());
        const FormDefinition *s6 = catalog.value().find("S6");
        ASSERT_NE(s6, nullptr);
        QList<QJsonObject> rows;
        for (int i = 1; i <= 30; ++i) {
            const QString name = QStringLiteral("学生%1").arg(i);
            m_dataValues << name;
            rows << QJsonObject{
                {"grade_code", 13},
                {"class_code", "01"},
                {"class_name", "3-1"},
                {"student_id", QStringLiteral("G3701000000%1").arg(i, 2, 10, QLatin1Char('0'))},
                {"ethnicity", "01"},
                {"name", name},
                {"sex", i % 2 ? "1" : "2"},
                {"birth_date", "2016-05-01"},
                {"height", i == 3 ? 300 : 130.5},
                {"weight", 28}};
        }
        auto store = LocalStore::open(storePath());
        ASSERT_TRUE(store.ok());
        auto saved = store.value()->upsertRosterRows(*s6, SchoolCode, CycleId, rows);
        ASSERT_TRUE(saved.ok()) << qPrintable(saved.error().message);
    }

    // Every shown text still holding Chinese once the data values are taken out (the language button
    // 中文 names Chinese in Chinese on purpose).
    QStringList chineseLeft(const QList<ShownText> &shown) const
    {
        static const QRegularExpression cjk(
            QStringLiteral("[\\x{3000}-\\x{303f}\\x{4e00}-\\x{9fff}\\x{ff00}-\\x{ffef}]"));
        QStringList left;
        for (const ShownText &text : shown) {
            QString rest = text.text;
            for (const QString &value : m_dataValues)
                rest.remove(value);
            if (rest == QStringLiteral("中文"))
                continue;
            if (rest.contains(cjk))
                left << text.text;
        }
        return left;
    }
};

} // namespace

TEST_F(EnglishRenderTest, HomePageInEnglish)
{
    seedEnrolledSchool();
    m_language = QStringLiteral("en");
    startApp({1280, 800});
    const QImage image = grab(QStringLiteral("english_home.png"));
    const QList<ShownText> shown = texts();
    for (const QString &needle : {QStringLiteral("Forms for this cycle"), QStringLiteral("School profile"),
                                  QStringLiteral("Indicators: what is met and the gaps"),
                                  QStringLiteral("English"), QStringLiteral("云溪县实验小学")})
        expectReadable(image, shown, needle);
    EXPECT_TRUE(chineseLeft(shown).isEmpty()) << qPrintable(chineseLeft(shown).join(QLatin1Char('\n')));
}

TEST_F(EnglishRenderTest, FormPageInEnglish)
{
    seedEnrolledSchool();
    m_language = QStringLiteral("en");
    startApp({1280, 800});
    openForm(QStringLiteral("S1"));
    const QImage image = grab(QStringLiteral("english_form_s1.png"));
    const QList<ShownText> shown = texts();
    for (const QString &needle : {QStringLiteral("School profile"), QStringLiteral("School type"),
                                  QStringLiteral("Save draft"), QStringLiteral("Finalise")})
        expectReadable(image, shown, needle);
    EXPECT_TRUE(chineseLeft(shown).isEmpty()) << qPrintable(chineseLeft(shown).join(QLatin1Char('\n')));
}

TEST_F(EnglishRenderTest, RosterPageInEnglish)
{
    seedEnrolledSchool();
    seedFitnessRoster();
    m_language = QStringLiteral("en");
    startApp({1280, 800});
    openForm(QStringLiteral("S6"));
    const QImage image = grab(QStringLiteral("english_roster_s6.png"));
    const QList<ShownText> shown = texts();
    for (const QString &needle : {QStringLiteral("30 rows"), QStringLiteral("+ Add a row"),
                                  QStringLiteral("Finalise all"), QStringLiteral("rows with errors")})
        expectReadable(image, shown, needle);
    EXPECT_TRUE(chineseLeft(shown).isEmpty()) << qPrintable(chineseLeft(shown).join(QLatin1Char('\n')));
}

TEST_F(EnglishRenderTest, TheLanguageSwitchRetranslatesAtOnceAndIsRemembered)
{
    seedEnrolledSchool();
    startApp({1280, 800}); // Chinese, as the fixture starts every test
    ASSERT_NE(findText(texts(), QStringLiteral("本周期要填的表")), nullptr);

    auto *english = findItem(m_window->contentItem(), QStringLiteral("language_en"));
    ASSERT_NE(english, nullptr);
    QMetaObject::invokeMethod(english, "clicked");
    ASSERT_TRUE(waitForFrame(m_window));
    EXPECT_TRUE(i18n::isEnglish());
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return findText(texts(), QStringLiteral("Forms for this cycle")); }, 3000));
    EXPECT_NE(findText(texts(), QStringLiteral("School profile")),
              nullptr); // a title from the form definition
    EXPECT_EQ(findText(texts(), QStringLiteral("本周期要填的表")), nullptr);
    grab(QStringLiteral("english_switched.png"));
    EXPECT_EQ(m_context->languageController()->savedLanguage(), QStringLiteral("en"));

    auto *chinese = findItem(m_window->contentItem(), QStringLiteral("language_zh_CN"));
    ASSERT_NE(chinese, nullptr);
    QMetaObject::invokeMethod(chinese, "clicked");
    ASSERT_TRUE(QTest::qWaitFor([&] { return findText(texts(), QStringLiteral("本周期要填的表")); }, 3000));
    EXPECT_EQ(m_context->languageController()->savedLanguage(), QStringLiteral("zh_CN"));
}

// The translation as a whole: complete for every string the sources mark (a new qsTr / tr / translate
// without an English translation fails here), embedded in the programs, and switching a C++ message.
#include "FormCatalog.h"
#include "Language.h"
#include "Validator.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

using namespace junheng;

namespace {

struct TsSummary
{
    int messages = 0;
    QStringList unfinished; // "context: source" of every message without a finished translation
};

TsSummary readTs(const QString &path)
{
    TsSummary summary;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return summary;
    QXmlStreamReader xml(&file);
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            ++summary.messages;
        } else if (xml.name() == QLatin1String("translation")) {
            const bool unfinished =
                xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (unfinished || text.trimmed().isEmpty())
                summary.unfinished << context + QStringLiteral(": ") + source;
        }
    }
    return summary;
}

const FormDefinition &form(const char *id)
{
    static const FormCatalog catalog = FormCatalog::load(FormCatalog::builtInDirectory).value();
    return *catalog.find(id);
}

class TranslationTest : public ::testing::Test
{
protected:
    void TearDown() override { i18n::apply(i18n::Language::Chinese); }
};

} // namespace

// Runs the project's own lupdate (scripts/update-translations.sh) over the sources into a copy of the
// committed .ts: every string in the sources must already be there, translated.
TEST_F(TranslationTest, EveryStringInTheSourcesHasAnEnglishTranslation)
{
    const QString committed = QStringLiteral(JUNHENG_SOURCE_DIR "/i18n/junheng_en.ts");
    const TsSummary before = readTs(committed);
    ASSERT_GT(before.messages, 500) << "cannot read " << qPrintable(committed);
    EXPECT_TRUE(before.unfinished.isEmpty()) << "untranslated in i18n/junheng_en.ts:\n"
                                             << qPrintable(before.unfinished.join(QLatin1Char('\n')));

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("junheng_en.ts"));
    ASSERT_TRUE(QFile::copy(committed, copy));
    QProcess lupdate;
    lupdate.start(
        QStringLiteral("bash"),
        {QStringLiteral(JUNHENG_SOURCE_DIR "/scripts/update-translations.sh"), QStringLiteral("--ts"), copy});
    ASSERT_TRUE(lupdate.waitForFinished(120000));
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();

    const TsSummary after = readTs(copy);
    EXPECT_TRUE(after.unfinished.isEmpty())
        << "strings in the sources without an English translation (run scripts/update-translations.sh and "
           "translate them in i18n/junheng_en.ts):\n"
        << qPrintable(after.unfinished.join(QLatin1Char('\n')));
    EXPECT_EQ(after.messages, before.messages) << "lupdate found strings the committed .ts does not have, "
                                                  "or the .ts has strings the sources no longer use";
}

TEST_F(TranslationTest, TheEnglishTranslationIsEmbedded)
{
    ASSERT_TRUE(QFile::exists(QStringLiteral(":/i18n/junheng_en.qm")));
    ASSERT_TRUE(i18n::apply(i18n::Language::English));
    EXPECT_TRUE(i18n::isEnglish());
    EXPECT_EQ(QCoreApplication::translate("LocalStore", "草稿"), QStringLiteral("Draft"));
    ASSERT_TRUE(i18n::apply(i18n::Language::Chinese));
    EXPECT_EQ(QCoreApplication::translate("LocalStore", "草稿"), QStringLiteral("草稿"));
}

TEST_F(TranslationTest, AValidationMessageIsEnglishWithTheTranslatorAndChineseWithout)
{
    const QJsonObject payload{{"teaching_area", -5}};
    const auto chinese = Validator::validate(form("S4"), payload).forField("teaching_area");
    ASSERT_EQ(chinese.size(), 1);
    EXPECT_EQ(chinese.first().message,
              QStringLiteral("「教学及辅助用房面积」填写的是 -5 ㎡，允许范围 0 – 500000 ㎡。请核对后改正。"));

    ASSERT_TRUE(i18n::apply(i18n::Language::English));
    const auto english = Validator::validate(form("S4"), payload).forField("teaching_area");
    ASSERT_EQ(english.size(), 1);
    EXPECT_EQ(english.first().ruleId, chinese.first().ruleId); // rule ids never change with the language
    EXPECT_EQ(english.first().message.toStdString(),
              std::string("“Teaching and auxiliary rooms area” is -5 m²; allowed 0 – 500000 m². Please check "
                          "and correct it."));
    static const QRegularExpression cjk(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    EXPECT_FALSE(english.first().message.contains(cjk)) << english.first().message.toStdString();

    // A missing value, and the Chinese again once the translator is removed.
    const auto missing = Validator::validate(form("S4"), QJsonObject{}).forField("teaching_area");
    ASSERT_FALSE(missing.isEmpty());
    EXPECT_EQ(missing.first().message,
              QStringLiteral("“Teaching and auxiliary rooms area” must be filled in."));
    ASSERT_TRUE(i18n::apply(i18n::Language::Chinese));
    EXPECT_EQ(Validator::validate(form("S4"), QJsonObject{}).forField("teaching_area").first().message,
              QStringLiteral("「教学及辅助用房面积」必须填写。"));
}

TEST(Language, ParsesCodesLocalesAndEnvironmentValues)
{
    EXPECT_EQ(i18n::parse(QStringLiteral("zh_CN")), i18n::Language::Chinese);
    EXPECT_EQ(i18n::parse(QStringLiteral("zh-TW.UTF-8")), i18n::Language::Chinese);
    EXPECT_EQ(i18n::parse(QStringLiteral("中文")), i18n::Language::Chinese);
    EXPECT_EQ(i18n::parse(QStringLiteral("en_US.UTF-8")), i18n::Language::English);
    EXPECT_EQ(i18n::parse(QStringLiteral("English")), i18n::Language::English);
    EXPECT_EQ(i18n::parse(QStringLiteral("fr")), std::nullopt);
    EXPECT_EQ(i18n::fromLocale(QLocale(QLocale::Chinese, QLocale::China)), i18n::Language::Chinese);
    EXPECT_EQ(i18n::fromLocale(QLocale(QLocale::German, QLocale::Germany)), i18n::Language::English);
    EXPECT_EQ(i18n::fromLocale(QLocale::c()), i18n::Language::Chinese);
}

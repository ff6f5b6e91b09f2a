// Forms carry who fills them (filled_by): C1 is the county's. A school device does not finalise it, and a
// form definition with another value is refused when it is read.
#include "FormCatalog.h"
#include "LocalStore.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace junheng;

namespace {

Enrolment enrolmentAs(const QString &role, const QString &code, const QString &name)
{
    Enrolment e;
    e.serverUrl = QStringLiteral("http://127.0.0.1:1");
    e.token = QStringLiteral("t");
    e.deviceId = QStringLiteral("d");
    e.role = role;
    e.scopeCode = code;
    e.scopeName = name;
    e.cycleId = QStringLiteral("2025");
    return e;
}

class FilledByTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_store = LocalStore::open(m_dir.filePath("junheng.db")).value();
        m_catalog = FormCatalog::load(FormCatalog::builtInDirectory).value();
    }

    LocalRecord draft(const QString &formId, const QString &scope)
    {
        LocalRecord record;
        record.formId = formId;
        record.formVersion = 1;
        record.schoolCode = scope;
        record.cycle = QStringLiteral("2025");
        return m_store->saveDraft(record, QJsonObject{}).value();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    FormCatalog m_catalog;
};

} // namespace

TEST_F(FilledByTest, EveryBuiltInFormSaysWhoFillsIt)
{
    for (const FormDefinition &form : m_catalog.forms())
        EXPECT_EQ(form.filledBy, form.id.startsWith(QLatin1Char('C')) ? "county" : "school")
            << form.id.toStdString();
}

TEST_F(FilledByTest, ADefinitionWithoutItIsTheSchoolsAndAnUnknownValueIsRefused)
{
    const QByteArray plain = R"({"id":"X1","version":1,"title":{"zh":"测"},
        "sections":[{"title":{"zh":"一"},"fields":[{"id":"a","type":"integer","label":{"zh":"甲"}}]}]})";
    auto form = FormDefinition::fromJson(plain, "X1.json");
    ASSERT_TRUE(form.ok()) << form.error().message.toStdString();
    EXPECT_EQ(form->filledBy, "school");

    QByteArray wrong = plain;
    wrong.replace("\"version\":1,", "\"version\":1,\"filled_by\":\"province\",");
    auto refused = FormDefinition::fromJson(wrong, "X1.json");
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains("filled_by")) << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains("province"));
}

TEST_F(FilledByTest, ASchoolDeviceCannotFinaliseTheCountysForm)
{
    ASSERT_TRUE(
        m_store->saveEnrolment(enrolmentAs("school", "3703990101", QStringLiteral("云溪县实验小学"))).ok());
    const LocalRecord c1 = draft("C1", "3703990101");
    auto refused = m_store->finalise(c1.uuid, *m_catalog.find("C1"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, "record.role");
    const QString message = refused.error().message;
    for (const QString &part : {QStringLiteral("县级保障与质量"), QStringLiteral("由县教育局填写"),
                                QStringLiteral("本机登记为学校（云溪县实验小学）")})
        EXPECT_TRUE(message.contains(part)) << message.toStdString();
    EXPECT_EQ(m_store->record(c1.uuid)->status, RecordStatus::Draft);
    EXPECT_EQ(m_store->syncState().pending, 0);
}

TEST_F(FilledByTest, TheCountyDeviceIsNotRefusedForItsOwnFormButIsForASchools)
{
    ASSERT_TRUE(m_store->saveEnrolment(enrolmentAs("county", "370399", QStringLiteral("云溪县"))).ok());
    const LocalRecord c1 = draft("C1", "370399");
    auto result = m_store->finalise(c1.uuid, *m_catalog.find("C1"));
    // Empty, so validation refuses it, but not for who is filling it.
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, "record.invalid");

    const LocalRecord s4 = draft("S4", "370399");
    auto refused = m_store->finalise(s4.uuid, *m_catalog.find("S4"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, "record.role");
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("由学校填写")))
        << refused.error().message.toStdString();
}

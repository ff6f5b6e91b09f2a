#include "FormCatalog.h"

#include <gtest/gtest.h>

using namespace junheng;

TEST(FormCatalog, LoadsTheBuiltInFormsS1AndS4)
{
    auto catalog = FormCatalog::load(FormCatalog::builtInDirectory);
    ASSERT_TRUE(catalog.ok()) << catalog.error().message.toStdString();
    const FormDefinition *s1 = catalog->find("S1");
    const FormDefinition *s4 = catalog->find("S4");
    ASSERT_NE(s1, nullptr);
    ASSERT_NE(s4, nullptr);
    EXPECT_EQ(s1->title.zh, QStringLiteral("学校基本情况"));
    EXPECT_EQ(s4->title.zh, QStringLiteral("办学条件"));
    const FormField *area = s4->field("teaching_area");
    ASSERT_NE(area, nullptr);
    EXPECT_EQ(area->label.zh, QStringLiteral("教学及辅助用房面积"));
    EXPECT_EQ(area->unit, QStringLiteral("㎡"));
    EXPECT_TRUE(area->required);
    EXPECT_EQ(area->type, FieldType::Decimal);
}

TEST(FormDefinition, RejectsAnUnknownFieldTypeAndNamesTheField)
{
    const QByteArray json = R"({"id":"X","version":1,"sections":[{"fields":[
        {"id":"a","type":"colour","label":{"zh":"颜色"}}]}]})";
    auto form = FormDefinition::fromJson(json, "X.json");
    ASSERT_FALSE(form.ok());
    EXPECT_TRUE(form.error().message.contains("a")) << form.error().message.toStdString();
    EXPECT_TRUE(form.error().message.contains("colour"));
}

TEST(FormDefinition, RejectsARuleThatNamesAMissingField)
{
    const QByteArray json = R"({"id":"X","version":1,"sections":[{"fields":[
        {"id":"a","type":"integer","label":{"zh":"甲"}}]}],
        "rules":[{"id":"r","kind":"le","left":["a"],"right":["b"]}]})";
    auto form = FormDefinition::fromJson(json, "X.json");
    ASSERT_FALSE(form.ok());
    EXPECT_TRUE(form.error().message.contains("b"));
}

TEST(FormDefinition, ReportsWhereTheJsonIsBroken)
{
    auto form = FormDefinition::fromJson(R"({"id":"X",)", "X.json");
    ASSERT_FALSE(form.ok());
    EXPECT_EQ(form.error().code, "form.definition");
    EXPECT_TRUE(form.error().message.contains("X.json"));
}

// A cycle's published form definitions take the place of the built-in ones on a device.
#include "FormCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace junheng;

namespace {

FormCatalog builtIn()
{
    auto catalog = FormCatalog::load(FormCatalog::builtInDirectory);
    EXPECT_TRUE(catalog.ok()) << catalog.error().message.toStdString();
    return catalog.value();
}

QJsonObject definition(const FormCatalog &catalog, const QString &id)
{
    return QJsonDocument::fromJson(catalog.source(id)).object();
}

// S4 as the county might publish it: version 2, the teaching area's label reworded.
QJsonObject s4Version2(const FormCatalog &catalog)
{
    QJsonObject s4 = definition(catalog, "S4");
    s4.insert("version", 2);
    QJsonArray sections = s4.value("sections").toArray();
    QJsonObject first = sections.at(0).toObject();
    QJsonArray fields = first.value("fields").toArray();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QJsonObject field = fields.at(i).toObject();
        if (field.value("id").toString() == QLatin1String("teaching_area")) {
            field.insert("label",
                         QJsonObject{{"zh", QStringLiteral("教学及辅助用房总面积")}, {"en", "Area"}});
            fields.replace(i, field);
        }
    }
    first.insert("fields", fields);
    sections.replace(0, first);
    s4.insert("sections", sections);
    return s4;
}

} // namespace

TEST(PublishedForms, APublishedVersionReplacesTheBuiltInOneAndIsNamed)
{
    const FormCatalog catalog = builtIn();
    QStringList changed;
    auto published = catalog.withPublished({{"S4", s4Version2(catalog)}}, &changed);
    ASSERT_TRUE(published.ok()) << published.error().message.toStdString();
    EXPECT_EQ(changed, QStringList{QStringLiteral("S4 第2版")});
    ASSERT_NE(published->find("S4"), nullptr);
    EXPECT_EQ(published->find("S4")->version, 2);
    EXPECT_EQ(published->find("S4")->field("teaching_area")->label.zh,
              QStringLiteral("教学及辅助用房总面积"));
    EXPECT_EQ(published->forms().size(), catalog.forms().size());
    EXPECT_EQ(QJsonDocument::fromJson(published->source("S4")).object().value("version").toInt(), 2);
    // The catalog it came from is untouched.
    EXPECT_EQ(catalog.find("S4")->version, 1);
}

TEST(PublishedForms, TheSameDefinitionChangesNothing)
{
    const FormCatalog catalog = builtIn();
    QStringList changed;
    auto published = catalog.withPublished(
        {{"S1", definition(catalog, "S1")}, {"S4", definition(catalog, "S4")}}, &changed);
    ASSERT_TRUE(published.ok());
    EXPECT_TRUE(changed.isEmpty());
}

TEST(PublishedForms, AnOlderPublishedVersionStillWins)
{
    const FormCatalog catalog = builtIn();
    QJsonObject s1 = definition(catalog, "S1");
    const int builtInVersion = catalog.find("S1")->version;
    s1.insert("version", builtInVersion + 5);
    auto newer = catalog.withPublished({{"S1", s1}});
    ASSERT_TRUE(newer.ok());
    s1.insert("version", builtInVersion);
    s1.insert("title", QJsonObject{{"zh", QStringLiteral("学校概况")}, {"en", "Profile"}});
    auto older = newer->withPublished({{"S1", s1}});
    ASSERT_TRUE(older.ok());
    EXPECT_EQ(older->find("S1")->version, builtInVersion) << "the county decides what is collected";
    EXPECT_EQ(older->find("S1")->title.zh, QStringLiteral("学校概况"));
}

TEST(PublishedForms, ABrokenOrMisnamedDefinitionIsAnErrorNamingTheForm)
{
    const FormCatalog catalog = builtIn();
    QJsonObject broken = definition(catalog, "S4");
    broken.insert("sections", QJsonArray{QJsonObject{
                                  {"fields", QJsonArray{QJsonObject{{"id", "a"}, {"type", "colour"}}}}}});
    auto refused = catalog.withPublished({{"S4", broken}});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains("S4")) << refused.error().message.toStdString();

    auto misnamed = catalog.withPublished({{"S2", definition(catalog, "S4")}});
    ASSERT_FALSE(misnamed.ok());
    EXPECT_TRUE(misnamed.error().message.contains(QStringLiteral("S2")))
        << misnamed.error().message.toStdString();
}

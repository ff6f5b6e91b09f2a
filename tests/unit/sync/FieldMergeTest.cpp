// The three-way merge of a record's payload: what merges by itself and what needs a person.
#include "FieldMerge.h"

#include <QJsonArray>
#include <gtest/gtest.h>

using namespace junheng;

namespace {

QJsonObject file(const char *sha, const char *name)
{
    return QJsonObject{{"file", QJsonValue(QString::fromLatin1(sha) + ".jpg")},
                       {"name", QString::fromUtf8(name)},
                       {"size", QJsonValue(100)},
                       {"sha256", QString::fromLatin1(sha)}};
}

const QJsonObject base{{"teaching_area", 8200}, {"classes", 36}, {"music_rooms", 2}, {"art_rooms", 1}};

} // namespace

TEST(FieldMergeTest, DisjointChangesMergeIntoBothAndNameWhoChangedWhat)
{
    QJsonObject local = base;
    local["teaching_area"] = 8300;
    QJsonObject server = base;
    server["classes"] = 38;
    server["gym"] = true; // a field added on the server

    const FieldMerge::Outcome outcome = FieldMerge::merge(base, local, server);
    ASSERT_TRUE(outcome.clean());
    EXPECT_EQ(
        outcome.merged,
        (QJsonObject{
            {"teaching_area", 8300}, {"classes", 38}, {"music_rooms", 2}, {"art_rooms", 1}, {"gym", true}}));
    EXPECT_EQ(outcome.localChanged, QStringList{"teaching_area"});
    EXPECT_EQ(outcome.serverChanged, (QStringList{"classes", "gym"}));
}

TEST(FieldMergeTest, TheSameFieldChangedDifferentlyIsAConflictAndTheOthersAreNot)
{
    QJsonObject local = base;
    local["classes"] = 37;
    local["art_rooms"] = 2;
    QJsonObject server = base;
    server["classes"] = 38;
    server["music_rooms"] = 3;

    const FieldMerge::Outcome outcome = FieldMerge::merge(base, local, server);
    EXPECT_FALSE(outcome.clean());
    EXPECT_EQ(outcome.conflicts, QStringList{"classes"});
    EXPECT_EQ(outcome.localChanged, (QStringList{"art_rooms", "classes"}));
    EXPECT_EQ(outcome.serverChanged, (QStringList{"classes", "music_rooms"}));
}

TEST(FieldMergeTest, TheSameChangeOnBothSidesIsNoConflict)
{
    QJsonObject local = base;
    local["classes"] = 38;
    QJsonObject server = local;

    const FieldMerge::Outcome outcome = FieldMerge::merge(base, local, server);
    ASSERT_TRUE(outcome.clean());
    EXPECT_EQ(outcome.merged, local);
    // 38 and 38.0 are the same number in JSON.
    server["classes"] = 38.0;
    EXPECT_TRUE(FieldMerge::merge(base, local, server).clean());
}

TEST(FieldMergeTest, AFieldRemovedOnOneSideIsRemovedUnlessTheOtherSideChangedIt)
{
    QJsonObject local = base;
    local.remove("art_rooms");
    QJsonObject server = base;
    server["classes"] = 40;
    FieldMerge::Outcome outcome = FieldMerge::merge(base, local, server);
    ASSERT_TRUE(outcome.clean());
    EXPECT_FALSE(outcome.merged.contains("art_rooms"));
    EXPECT_EQ(outcome.merged.value("classes").toInt(), 40);

    server["art_rooms"] = 3; // the server changed what this device removed
    outcome = FieldMerge::merge(base, local, server);
    EXPECT_EQ(outcome.conflicts, QStringList{"art_rooms"});

    // Removed on both sides: agreed.
    server = base;
    server.remove("art_rooms");
    outcome = FieldMerge::merge(base, local, server);
    ASSERT_TRUE(outcome.clean());
    EXPECT_FALSE(outcome.merged.contains("art_rooms"));
}

TEST(FieldMergeTest, ReasonsMergePerFieldTheyExplain)
{
    QJsonObject withReasons = base;
    withReasons["_reasons"] = QJsonObject{{"teaching_area", QStringLiteral("新楼启用")}};
    QJsonObject local = withReasons;
    local["_reasons"] =
        QJsonObject{{"teaching_area", QStringLiteral("新楼启用")}, {"classes", QStringLiteral("扩招两个班")}};
    QJsonObject server = withReasons;
    server["_reasons"] = QJsonObject{{"teaching_area", QStringLiteral("新楼启用")},
                                     {"music_rooms", QStringLiteral("临时借用")}};

    FieldMerge::Outcome outcome = FieldMerge::merge(withReasons, local, server);
    ASSERT_TRUE(outcome.clean());
    EXPECT_EQ(outcome.merged.value("_reasons").toObject(),
              (QJsonObject{{"teaching_area", QStringLiteral("新楼启用")},
                           {"classes", QStringLiteral("扩招两个班")},
                           {"music_rooms", QStringLiteral("临时借用")}}));
    EXPECT_EQ(outcome.localChanged, QStringList{"_reasons.classes"});

    // The same reason rewritten differently on both sides is a conflict on that reason only.
    local["_reasons"] = QJsonObject{{"teaching_area", QStringLiteral("新教学楼")}};
    server["_reasons"] = QJsonObject{{"teaching_area", QStringLiteral("租用校舍")}};
    outcome = FieldMerge::merge(withReasons, local, server);
    EXPECT_EQ(outcome.conflicts, QStringList{"_reasons.teaching_area"});
    EXPECT_EQ(FieldMerge::value(server, "_reasons.teaching_area").toString(), QStringLiteral("租用校舍"));

    // Removing the last reason removes the key.
    QJsonObject payload = withReasons;
    FieldMerge::setValue(payload, "_reasons.teaching_area", QJsonValue(QJsonValue::Undefined));
    EXPECT_FALSE(payload.contains("_reasons"));
}

TEST(FieldMergeTest, AttachmentListsMergeAsSetsOfFiles)
{
    QJsonObject before = base;
    before["charter_evidence"] = QJsonArray{file("aa", "章程.jpg"), file("bb", "批复.jpg")};
    QJsonObject local = before;
    local["charter_evidence"] =
        QJsonArray{file("aa", "章程.jpg"), file("bb", "批复.jpg"), file("cc", "新.jpg")};
    QJsonObject server = before;
    // bb removed and dd added on the server.
    server["charter_evidence"] = QJsonArray{file("aa", "章程.jpg"), file("dd", "另.jpg")};

    const FieldMerge::Outcome outcome = FieldMerge::merge(before, local, server);
    ASSERT_TRUE(outcome.clean()) << "files added or removed on either side never conflict";
    EXPECT_EQ(outcome.merged.value("charter_evidence").toArray(),
              (QJsonArray{file("aa", "章程.jpg"), file("cc", "新.jpg"), file("dd", "另.jpg")}));

    // A list against a plain value is an ordinary conflict.
    QJsonObject odd = before;
    odd["charter_evidence"] = QStringLiteral("见纸质材料");
    EXPECT_EQ(FieldMerge::merge(before, local, odd).conflicts, QStringList{"charter_evidence"});
}

TEST(FieldMergeTest, ADeletedRowAgainstAnEditIsOneConflictAndAgainstNothingIsTheDeletion)
{
    const QJsonObject row{{"student_no", "G001"}, {"name", QStringLiteral("张三")}, {"height", 140}};
    const QJsonObject deleted{{"_deleted", true}};
    QJsonObject edited = row;
    edited["height"] = 142;

    FieldMerge::Outcome outcome = FieldMerge::merge(row, deleted, edited);
    EXPECT_EQ(outcome.conflicts, QStringList{"_deleted"});
    outcome = FieldMerge::merge(row, edited, deleted);
    EXPECT_EQ(outcome.conflicts, QStringList{"_deleted"});

    outcome = FieldMerge::merge(row, deleted, row);
    ASSERT_TRUE(outcome.clean());
    EXPECT_EQ(outcome.merged, deleted);
    outcome = FieldMerge::merge(row, row, deleted);
    ASSERT_TRUE(outcome.clean());
    EXPECT_EQ(outcome.merged, deleted);
    outcome = FieldMerge::merge(row, deleted, deleted);
    ASSERT_TRUE(outcome.clean());
    EXPECT_EQ(outcome.merged, deleted);
}

TEST(FieldMergeTest, WithoutABaseEveryDifferenceIsAConflict)
{
    QJsonObject local = base;
    local["classes"] = 37;
    QJsonObject server = base;
    server["music_rooms"] = 3;
    const FieldMerge::Outcome outcome = FieldMerge::mergeWithoutBase(local, server);
    EXPECT_EQ(outcome.conflicts, (QStringList{"classes", "music_rooms"}));
    EXPECT_TRUE(FieldMerge::mergeWithoutBase(base, base).clean());
}

TEST(FieldMergeTest, TwoFirstCopiesMergeWhatOnlyOneFilledAndConflictOnTheRest)
{
    const QJsonObject local{{"teaching_area", 8200}, {"classes", 36}};
    const QJsonObject server{{"classes", 36}, {"music_rooms", 2}};
    FieldMerge::Outcome outcome = FieldMerge::merge({}, local, server);
    ASSERT_TRUE(outcome.clean());
    EXPECT_EQ(outcome.merged, (QJsonObject{{"teaching_area", 8200}, {"classes", 36}, {"music_rooms", 2}}));
    outcome = FieldMerge::merge({}, local, QJsonObject{{"classes", 35}});
    EXPECT_EQ(outcome.conflicts, QStringList{"classes"});
}

// Evidence files kept on the device, with real files in a temporary directory.
#include "AttachmentFiles.h"
#include "FormFixtures.h"
#include "Validator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace junheng;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

const FormField &evidence()
{
    return *fixtures::form("C1").field("curriculum_ok_evidence");
}

} // namespace

TEST(AttachmentFiles, AFileIsKeptUnderItsHashAndDescribed)
{
    QTemporaryDir dir;
    const QString source = writeFile(dir, QStringLiteral("课程表.PDF"), "%PDF-1.4 课程");
    const QString kept = dir.filePath("data/attachments");
    auto descriptor = AttachmentFiles::keep(evidence(), source, kept);
    ASSERT_TRUE(descriptor.ok()) << descriptor.error().message.toStdString();
    EXPECT_EQ(descriptor->value("name").toString(), QStringLiteral("课程表.PDF"));
    EXPECT_EQ(descriptor->value("size").toInt(), QByteArray("%PDF-1.4 课程").size());
    EXPECT_EQ(descriptor->value("sha256").toString().size(), 64);
    EXPECT_EQ(descriptor->value("file").toString(), descriptor->value("sha256").toString() + ".pdf");
    QFile stored(AttachmentFiles::pathOf(descriptor.value(), kept));
    ASSERT_TRUE(stored.open(QIODevice::ReadOnly));
    EXPECT_EQ(stored.readAll(), QByteArray("%PDF-1.4 课程"));

    // The descriptor is what the validator accepts, and the file is there and intact.
    QJsonObject county = fixtures::c1();
    county.insert("curriculum_ok_evidence", QJsonArray{descriptor.value()});
    EXPECT_TRUE(
        Validator::validate(fixtures::form("C1"), county).forField("curriculum_ok_evidence").isEmpty());
    EXPECT_TRUE(AttachmentFiles::verify(evidence(), QJsonArray{descriptor.value()}, kept).isEmpty());

    // The same content again is stored once.
    const QString copy = writeFile(dir, QStringLiteral("副本.pdf"), "%PDF-1.4 课程");
    auto again = AttachmentFiles::keep(evidence(), copy, kept);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->value("file"), descriptor->value("file"));
    EXPECT_EQ(QDir(kept).entryList(QDir::Files).size(), 1);
}

TEST(AttachmentFiles, AWrongTypeOrTooLargeAFileIsRefusedBeforeCopying)
{
    QTemporaryDir dir;
    const QString kept = dir.filePath("attachments");
    auto refused = AttachmentFiles::keep(evidence(), writeFile(dir, "tool.exe", "MZ"), kept);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, "attachment.type");
    EXPECT_TRUE(refused.error().message.contains("tool.exe"));
    EXPECT_TRUE(refused.error().message.contains("pdf"));

    FormField small = evidence();
    small.maxSizeMb = 0.001; // about 1 KB
    refused = AttachmentFiles::keep(small, writeFile(dir, "big.pdf", QByteArray(4096, 'x')), kept);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, "attachment.size");
    EXPECT_FALSE(QDir(kept).exists() && !QDir(kept).entryList(QDir::Files).isEmpty());

    refused = AttachmentFiles::keep(evidence(), dir.filePath("nothere.pdf"), kept);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, "attachment.read");
}

TEST(AttachmentFiles, AMissingOrChangedFileIsNamed)
{
    QTemporaryDir dir;
    const QString kept = dir.filePath("attachments");
    auto first = AttachmentFiles::keep(evidence(), writeFile(dir, QStringLiteral("甲.pdf"), "one"), kept);
    auto second = AttachmentFiles::keep(evidence(), writeFile(dir, QStringLiteral("乙.pdf"), "two"), kept);
    ASSERT_TRUE(first.ok() && second.ok());
    QFile::remove(AttachmentFiles::pathOf(first.value(), kept));
    QFile changed(AttachmentFiles::pathOf(second.value(), kept));
    ASSERT_TRUE(changed.open(QIODevice::WriteOnly));
    changed.write("tampered");
    changed.close();
    const QString message =
        AttachmentFiles::verify(evidence(), QJsonArray{first.value(), second.value()}, kept);
    EXPECT_TRUE(message.contains(QStringLiteral("甲.pdf"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("乙.pdf")));
}

TEST(AttachmentFiles, ADescriptorCannotPointOutsideTheFolder)
{
    const QString path =
        AttachmentFiles::pathOf(QJsonObject{{"file", "../../etc/passwd"}}, "/data/attachments");
    EXPECT_EQ(path, QStringLiteral("/data/attachments/passwd"));
}

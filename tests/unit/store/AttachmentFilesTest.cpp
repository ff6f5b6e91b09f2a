#include "AttachmentFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace junheng;

TEST(AttachmentFilesTest, AFileIsCopiedUnderItsContentHashAndDescribed)
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("操场照片.JPG"));
    QFile file(source);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    const QByteArray bytes(300000, 'x');
    file.write(bytes);
    file.close();
    const QString storePath = dir.filePath(QStringLiteral("data/junheng.db"));
    auto added = AttachmentFiles::import(storePath, source);
    ASSERT_TRUE(added.ok()) << qPrintable(added.error().message);
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    EXPECT_EQ(added->value("sha256").toString(), sha);
    EXPECT_EQ(added->value("file").toString(), sha + ".jpg");
    EXPECT_EQ(added->value("name").toString(), QStringLiteral("操场照片.JPG"));
    EXPECT_EQ(added->value("size").toInteger(), 300000);
    QFile copy(QDir(dir.filePath("data/attachments")).filePath(sha + ".jpg"));
    ASSERT_TRUE(copy.open(QIODevice::ReadOnly));
    EXPECT_EQ(copy.readAll(), bytes);
    // The same file again: the same descriptor, one copy.
    auto again = AttachmentFiles::import(storePath, source);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->value("file"), added->value("file"));
    EXPECT_EQ(QDir(dir.filePath("data/attachments")).entryList(QDir::Files).size(), 1);
}

TEST(AttachmentFilesTest, AMissingFileIsRefusedWithItsName)
{
    QTemporaryDir dir;
    auto added =
        AttachmentFiles::import(dir.filePath("junheng.db"), dir.filePath(QStringLiteral("不存在.pdf")));
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().code, "attachment.read");
    EXPECT_TRUE(added.error().message.contains(QStringLiteral("不存在.pdf")));
    EXPECT_FALSE(QDir(dir.filePath("attachments")).exists());
}

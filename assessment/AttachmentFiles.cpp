#include "AttachmentFiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

namespace junheng {

namespace {

QString quoted(const FormField &field)
{
    return QCoreApplication::translate("AttachmentFiles", "「%1」").arg(field.label.text());
}

std::optional<QByteArray> hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return std::nullopt;
    return hash.result().toHex();
}

} // namespace

Result<QJsonObject> AttachmentFiles::keep(const FormField &field, const QString &sourcePath,
                                          const QString &directory)
{
    const QFileInfo source(sourcePath);
    const QString name = source.fileName();
    if (!source.isFile() || !source.isReadable())
        return makeError(
            "attachment.read",
            QCoreApplication::translate("AttachmentFiles", "%1：文件“%2”找不到或不能读取。请重新选择文件。")
                .arg(quoted(field), sourcePath));
    const QString extension = source.suffix().toLower();
    if (!field.accept.isEmpty() && !field.accept.contains(extension))
        return makeError(
            "attachment.type",
            QCoreApplication::translate("AttachmentFiles", "%1：文件“%2”的类型不允许。可上传：%3。")
                .arg(quoted(field), name,
                     field.accept.join(QCoreApplication::translate("AttachmentFiles", "、"))));
    if (field.maxSizeMb > 0 && double(source.size()) > field.maxSizeMb * 1024 * 1024)
        return makeError(
            "attachment.size",
            QCoreApplication::translate("AttachmentFiles",
                                        "%1：文件“%2”有 %3 MB，每个文件最大 %4 MB。请压缩后重新上传。")
                .arg(quoted(field), name)
                .arg(double(source.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                .arg(field.maxSizeMb));
    const auto sha = hashOf(sourcePath);
    if (!sha)
        return makeError("attachment.read", QCoreApplication::translate(
                                                "AttachmentFiles", "%1：文件“%2”读取失败。请重新选择文件。")
                                                .arg(quoted(field), name));
    const QString stored = QString::fromLatin1(*sha) + (extension.isEmpty() ? QString() : "." + extension);
    if (!QDir().mkpath(directory))
        return makeError("attachment.write",
                         QCoreApplication::translate("AttachmentFiles",
                                                     "不能创建佐证材料文件夹 %1。请检查磁盘空间和权限。")
                             .arg(directory));
    const QString target = QDir(directory).filePath(stored);
    // Already kept (the same content under the same name): nothing to copy.
    if (!QFileInfo::exists(target) || hashOf(target) != sha) {
        QFile in(sourcePath);
        QSaveFile out(target);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            return makeError("attachment.write",
                             QCoreApplication::translate("AttachmentFiles",
                                                         "%1：文件“%2”不能保存到 %3。请检查磁盘空间和权限。")
                                 .arg(quoted(field), name, directory));
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(1 << 20);
            if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
                out.cancelWriting();
                return makeError("attachment.write",
                                 QCoreApplication::translate("AttachmentFiles",
                                                             "%1：文件“%2”保存时出错。请检查磁盘空间后重试。")
                                     .arg(quoted(field), name));
            }
        }
        if (!out.commit())
            return makeError("attachment.write",
                             QCoreApplication::translate("AttachmentFiles",
                                                         "%1：文件“%2”保存时出错。请检查磁盘空间后重试。")
                                 .arg(quoted(field), name));
    }
    return QJsonObject{{"file", stored},
                       {"name", name},
                       {"size", double(source.size())},
                       {"sha256", QString::fromLatin1(*sha)}};
}

QString AttachmentFiles::pathOf(const QJsonObject &descriptor, const QString &directory)
{
    // Only the bare stored name: a descriptor from elsewhere must not point outside the folder.
    return QDir(directory).filePath(QFileInfo(descriptor.value("file").toString()).fileName());
}

QString AttachmentFiles::verify(const FormField &field, const QJsonValue &value, const QString &directory)
{
    QStringList broken;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject descriptor = item.toObject();
        const QString path = pathOf(descriptor, directory);
        const auto sha = hashOf(path);
        if (!sha || QString::fromLatin1(*sha) != descriptor.value("sha256").toString())
            broken << QCoreApplication::translate("AttachmentFiles", "“%1”")
                          .arg(descriptor.value("name").toString());
    }
    if (broken.isEmpty())
        return {};
    return QCoreApplication::translate("AttachmentFiles",
                                       "%1的文件%2在本机找不到或已损坏。请删除后重新上传。")
        .arg(quoted(field), broken.join(QCoreApplication::translate("AttachmentFiles", "、")));
}

} // namespace junheng

#include "AttachmentFiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace junheng {

QString AttachmentFiles::directoryFor(const QString &storePath)
{
    return QFileInfo(storePath).absoluteDir().filePath(QStringLiteral("attachments"));
}

Result<QJsonObject> AttachmentFiles::import(const QString &storePath, const QString &sourcePath)
{
    const QFileInfo info(sourcePath);
    QFile source(sourcePath);
    if (!info.isFile() || !source.open(QIODevice::ReadOnly))
        return makeError("attachment.read",
                         QCoreApplication::translate(
                             "AttachmentFiles", "打不开文件“%1”：%2。请确认文件存在、没有被其他程序占用。")
                             .arg(info.fileName(), source.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&source))
        return makeError("attachment.read",
                         QCoreApplication::translate("AttachmentFiles", "读取文件“%1”时出错：%2。")
                             .arg(info.fileName(), source.errorString()));
    const QString sha = QString::fromLatin1(hash.result().toHex());
    const QString suffix = info.suffix().toLower();
    const QString stored = suffix.isEmpty() ? sha : sha + QLatin1Char('.') + suffix;
    const QDir dir(directoryFor(storePath));
    if (!QDir().mkpath(dir.path()))
        return makeError(
            "attachment.write",
            QCoreApplication::translate("AttachmentFiles", "无法建立附件文件夹 %1。请检查存储空间和权限。")
                .arg(dir.path()));
    const QString target = dir.filePath(stored);
    if (!QFileInfo::exists(target)) {
        source.seek(0);
        QSaveFile out(target);
        if (!out.open(QIODevice::WriteOnly))
            return makeError(
                "attachment.write",
                QCoreApplication::translate("AttachmentFiles", "无法保存附件“%1”：%2。请检查存储空间。")
                    .arg(info.fileName(), out.errorString()));
        while (!source.atEnd()) {
            const QByteArray chunk = source.read(1 << 20);
            if (chunk.isEmpty() && source.error() != QFile::NoError)
                return makeError("attachment.read",
                                 QCoreApplication::translate("AttachmentFiles", "读取文件“%1”时出错：%2。")
                                     .arg(info.fileName(), source.errorString()));
            out.write(chunk);
        }
        if (!out.commit())
            return makeError(
                "attachment.write",
                QCoreApplication::translate("AttachmentFiles", "无法保存附件“%1”：%2。请检查存储空间。")
                    .arg(info.fileName(), out.errorString()));
    }
    return QJsonObject{
        {"file", stored}, {"name", info.fileName()}, {"size", double(info.size())}, {"sha256", sha}};
}

} // namespace junheng

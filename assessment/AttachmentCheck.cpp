#include "AttachmentCheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace junheng {

namespace {

QString quoted(const FormField &field)
{
    return QCoreApplication::translate("AttachmentCheck", "「%1」").arg(field.label.text());
}

QString describe(const QJsonObject &file, qsizetype index)
{
    const QString name = file.value("name").toString();
    return name.isEmpty()
               ? QCoreApplication::translate("AttachmentCheck", "第 %1 个文件").arg(index + 1)
               : QCoreApplication::translate("AttachmentCheck", "第 %1 个文件“%2”").arg(index + 1).arg(name);
}

QString sizeText(double bytes)
{
    if (bytes >= 1024.0 * 1024.0)
        return QString::number(bytes / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
    return QString::number(bytes / 1024.0, 'f', 0) + QStringLiteral(" KB");
}

} // namespace

void AttachmentCheck::check(const FormField &field, const QJsonValue &value, QList<ValidationIssue> &issues)
{
    auto add = [&](const QString &message) {
        issues.append({field.id, "attachment", Severity::Hard, message});
    };
    if (!value.isArray()) {
        add(QCoreApplication::translate("AttachmentCheck",
                                        "%1应是上传的文件，现在是“%2”。请用“添加文件”上传佐证材料。")
                .arg(quoted(field), value.toString()));
        return;
    }
    const QJsonArray files = value.toArray();
    if (field.maxFiles > 0 && files.size() > field.maxFiles)
        add(QCoreApplication::translate("AttachmentCheck", "%1上传了 %2 个文件，最多 %3 个。请删去多余的。")
                .arg(quoted(field))
                .arg(files.size())
                .arg(field.maxFiles));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    static const QRegularExpression stored(QStringLiteral("^([0-9a-f]{64})(\\.[A-Za-z0-9]{1,10})?$"));
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (!files.at(i).isObject()) {
            add(QCoreApplication::translate("AttachmentCheck",
                                            "%1的第 %2 个文件记录不完整。请删除后重新上传。")
                    .arg(quoted(field))
                    .arg(i + 1));
            continue;
        }
        const QJsonObject file = files.at(i).toObject();
        const QString sha = file.value("sha256").toString();
        const QRegularExpressionMatch storedMatch = stored.match(file.value("file").toString());
        const QJsonValue size = file.value("size");
        if (file.value("name").toString().trimmed().isEmpty() || !hex.match(sha).hasMatch() ||
            !storedMatch.hasMatch() || storedMatch.captured(1) != sha || !size.isDouble() ||
            size.toDouble() < 0) {
            add(QCoreApplication::translate(
                    "AttachmentCheck", "%1的%2记录不完整（缺少文件名、大小或校验值）。请删除后重新上传。")
                    .arg(quoted(field), describe(file, i)));
            continue;
        }
        const QString name = file.value("name").toString();
        const QString extension = name.contains(u'.') ? name.section(u'.', -1).toLower() : QString();
        if (!field.accept.isEmpty() && !field.accept.contains(extension))
            add(QCoreApplication::translate("AttachmentCheck", "%1的%2类型不允许。可上传：%3。")
                    .arg(quoted(field), describe(file, i),
                         field.accept.join(QCoreApplication::translate("AttachmentCheck", "、"))));
        if (field.maxSizeMb > 0 && size.toDouble() > field.maxSizeMb * 1024 * 1024)
            add(QCoreApplication::translate("AttachmentCheck",
                                            "%1的%2有 %3，每个文件最大 %4 MB。请压缩后重新上传。")
                    .arg(quoted(field), describe(file, i), sizeText(size.toDouble()))
                    .arg(field.maxSizeMb));
    }
}

QJsonValue AttachmentCheck::parse(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (document.isArray())
        return document.array();
    if (document.isObject())
        return QJsonArray{document.object()};
    return text;
}

QString AttachmentCheck::display(const QJsonValue &value)
{
    QStringList names;
    for (const QJsonValue &item : value.toArray())
        names << item.toObject().value("name").toString();
    return names.join(QCoreApplication::translate("AttachmentCheck", "、"));
}

} // namespace junheng

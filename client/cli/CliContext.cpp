#include "CliContext.h"

#include "Protocol.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace junheng {

void CliContext::emitResult(const QJsonObject &object, const std::function<void()> &human)
{
    if (json)
        out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    else
        human();
    out.flush();
}

int CliContext::fail(const Error &error, int exitCode)
{
    if (json) {
        out << QJsonDocument(protocol::errorBody(error)).toJson(QJsonDocument::Compact) << '\n';
        out.flush();
    } else {
        err << QCoreApplication::translate("CliContext", "错误：") << error.message << '\n';
        err.flush();
    }
    return exitCode;
}

QJsonObject recordJson(const LocalRecord &record, bool withPayload)
{
    QJsonObject object{
        {"uuid", record.uuid},
        {"form_id", record.formId},
        {"form_version", record.formVersion},
        {"school_code", record.schoolCode},
        {"cycle", record.cycle},
        {"status", statusName(record.status)},
        {"revision", record.revision},
        {"server_revision", record.serverRevision},
        {"payload_hash", record.payloadHash},
        {"updated_at", protocol::isoTime(record.updatedAt)},
    };
    if (!record.syncError.isEmpty())
        object.insert("sync_error", record.syncError);
    if (withPayload)
        object.insert("payload", record.payload);
    return object;
}

} // namespace junheng

// junheng-cli enrol, status, sync: each runs the sync engine once and waits for it.
#include "CliContext.h"

#include "Completeness.h"

#include "QrCode.h"
#include "SyncEngine.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSysInfo>

namespace junheng {

namespace {

// Runs until the engine reports, and returns (ok, message).
template <typename Start, typename Signal>
std::pair<bool, QString> await(SyncEngine &engine, Signal signal, Start start)
{
    QEventLoop loop;
    std::pair<bool, QString> outcome{false, QString()};
    QObject::connect(&engine, signal, &loop, [&](bool ok, const QString &message) {
        outcome = {ok, message};
        loop.quit();
    });
    start();
    loop.exec();
    return outcome;
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString("yyyy-MM-dd HH:mm:ss")
                          : QCoreApplication::translate("SyncCommands", "从未");
}

} // namespace

Result<protocol::EnrolLink> enrolLinkFrom(const QString &link, const QString &qrImage)
{
    if (!qrImage.isEmpty()) {
        auto text = QrCode::decodeFile(qrImage);
        if (!text)
            return text.error();
        return protocol::EnrolLink::parse(text.value());
    }
    return protocol::EnrolLink::parse(link);
}

int runEnrol(CliContext &ctx, const QString &server, const QString &code, const QString &name,
             const QString &fingerprint)
{
    SyncEngine engine(ctx.store.get());
    const QString deviceName = name.isEmpty() ? QSysInfo::machineHostName() +
                                                    QCoreApplication::translate("SyncCommands", " (命令行)")
                                              : name;
    // Not a structured binding: clang 14 cannot capture those in the lambdas below.
    const std::pair<bool, QString> reply = await(
        engine, &SyncEngine::enrolFinished, [&] { engine.enrol(QUrl(server), code, deviceName, fingerprint); });
    const bool ok = reply.first;
    const QString &message = reply.second;
    if (!ok)
        return ctx.fail(makeError("enrol.failed", message));
    const Enrolment e = *ctx.store->enrolment();
    const QString warning = SyncEngine::insecureWarning(QUrl(server));
    if (!warning.isEmpty())
        ctx.err << warning << '\n';
    ctx.emitResult(
        QJsonObject{{"enrolled", true},
                    {"role", e.role},
                    {"code", e.scopeCode},
                    {"name", e.scopeName},
                    {"cycle", e.cycleId},
                    {"certificate_sha256", e.certificateSha256}},
        [&] {
            ctx.out << message
                    << QCoreApplication::translate("SyncCommands", "，评估周期：%1。\n").arg(e.cycleName);
        });
    return ExitOk;
}

int runStatus(CliContext &ctx)
{
    const auto enrolment = ctx.store->enrolment();
    const SyncState state = ctx.store->syncState();
    QJsonObject object{
        {"enrolled", enrolment.has_value()},
        {"store", ctx.store->path()},
        {"pending", state.pending},
        {"quarantined", state.quarantined},
        {"last_success", state.lastSuccess.isValid() ? state.lastSuccess.toString(Qt::ISODate) : QString()},
        {"last_error", state.lastError},
        {"cursor", state.cursor}};
    std::optional<CompletenessTable> completeness;
    if (enrolment) {
        object.insert("server", enrolment->serverUrl);
        object.insert("role", enrolment->role);
        object.insert("code", enrolment->scopeCode);
        object.insert("name", enrolment->scopeName);
        object.insert("cycle", enrolment->cycleId);
        completeness = CompletenessTable::build(*ctx.store, enrolment->cycleId);
        object.insert("completeness", completenessJson(*completeness));
    }
    ctx.emitResult(object, [&] {
        if (enrolment)
            ctx.out << QCoreApplication::translate("SyncCommands",
                                                   "单位：%1（%2），%3 %4\n服务器：%5\n评估周期：%6\n")
                           .arg(enrolment->scopeName, enrolment->scopeCode, enrolment->countyName,
                                enrolment->townName, enrolment->serverUrl, enrolment->cycleName);
        else
            ctx.out << QCoreApplication::translate(
                "SyncCommands", "本机还没有登记。请运行 junheng-cli enrol --server URL --code 登记码。\n");
        ctx.out << QCoreApplication::translate("SyncCommands",
                                               "待发送：%1 条；待处理（未被接受）：%2 条\n上次成功同步：%3\n")
                       .arg(state.pending)
                       .arg(state.quarantined)
                       .arg(timeText(state.lastSuccess));
        if (!state.lastError.isEmpty())
            ctx.out << QCoreApplication::translate("SyncCommands", "最近的错误（%1）：%2\n")
                           .arg(timeText(state.lastErrorAt), state.lastError);
        ctx.out << QCoreApplication::translate("SyncCommands", "本机数据库：%1\n").arg(ctx.store->path());
        if (completeness)
            printCompleteness(ctx, *completeness);
    });
    return ExitOk;
}

int runSync(CliContext &ctx, bool resendAll)
{
    if (resendAll) {
        auto requeued = ctx.store->requeueAll();
        if (!requeued)
            return ctx.fail(requeued.error());
    }
    SyncEngine engine(ctx.store.get());
    if (const auto enrolment = ctx.store->enrolment()) {
        const QString warning = SyncEngine::insecureWarning(QUrl(enrolment->serverUrl));
        if (!warning.isEmpty())
            ctx.err << warning << '\n';
    }
    const std::pair<bool, QString> reply = await(engine, &SyncEngine::syncFinished, [&] { engine.syncNow(); });
    const bool ok = reply.first;
    const QString &message = reply.second;
    const SyncState state = ctx.store->syncState();
    if (!ok)
        return ctx.fail(makeError("sync.failed", message), ExitSyncFailed);
    ctx.emitResult(QJsonObject{{"ok", true},
                               {"message", message},
                               {"pending", state.pending},
                               {"quarantined", state.quarantined},
                               {"cursor", state.cursor}},
                   [&] { ctx.out << message << '\n'; });
    return ExitOk;
}

} // namespace junheng

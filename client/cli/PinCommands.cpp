// The PIN that protects the student health data (S5, S6) on this device: taken from $JUNHENG_PIN or asked
// for on the terminal (not echoed), set on first use, changed with junheng-cli pin.
#include "CliContext.h"

#include <QFile>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace junheng {

namespace {

// Reads a line from the terminal without echoing it; empty when stdin is not a terminal.
QString askHidden(CliContext &ctx, const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return {};
    ctx.err << prompt << Qt::flush;
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    char buffer[128] = {};
    const bool read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    ctx.err << '\n' << Qt::flush;
    return read ? QString::fromLocal8Bit(buffer).trimmed() : QString();
}

QString environmentPin(const char *name)
{
    return qEnvironmentVariable(name).trimmed();
}

Status setNewPin(CliContext &ctx, const QString &fromEnvironment)
{
    QString pin = fromEnvironment;
    if (pin.isEmpty()) {
        pin = askHidden(ctx, QStringLiteral("设置保护学生健康数据的 PIN（6 到 12 位数字）："));
        if (pin.isEmpty())
            return makeError("store.no_pin",
                             QStringLiteral("没有输入 PIN。请在终端中运行，或设置环境变量 JUNHENG_PIN。"));
        if (Status format = LocalStore::checkPinText(pin); !format)
            return format;
        if (askHidden(ctx, QStringLiteral("再输入一次：")) != pin)
            return makeError("store.pin_mismatch", QStringLiteral("两次输入的 PIN 不一样，PIN 没有设置。"));
    }
    return ctx.store->setPin(pin);
}

} // namespace

Status unlockStore(CliContext &ctx, bool mayAsk)
{
    const QString pin = environmentPin("JUNHENG_PIN");
    if (!ctx.store->hasPin())
        return pin.isEmpty() ? Status(Ok{}) : ctx.store->setPin(pin); // first use: nothing to unlock yet
    if (!pin.isEmpty())
        return ctx.store->unlock(pin);
    if (!mayAsk)
        return Ok{};
    const QString typed = askHidden(ctx, QStringLiteral("请输入 PIN（保护本机的学生健康数据）："));
    if (typed.isEmpty())
        return Ok{}; // not a terminal: S5/S6 stay locked and say so when used
    return ctx.store->unlock(typed);
}

int runPin(CliContext &ctx)
{
    if (!ctx.store->hasPin()) {
        if (Status set = setNewPin(ctx, environmentPin("JUNHENG_PIN")); !set)
            return ctx.fail(set.error());
        ctx.emitResult(QJsonObject{{"pin", "set"}}, [&] {
            ctx.out << QStringLiteral("已设置 PIN。近视筛查和体质健康测试的数据从现在起加密保存；"
                                      "忘记 PIN 将无法读取这些数据。\n");
        });
        return ExitOk;
    }
    QString oldPin = environmentPin("JUNHENG_PIN");
    if (oldPin.isEmpty())
        oldPin = askHidden(ctx, QStringLiteral("原来的 PIN："));
    QString newPin = environmentPin("JUNHENG_NEW_PIN");
    if (newPin.isEmpty()) {
        newPin = askHidden(ctx, QStringLiteral("新的 PIN（6 到 12 位数字）："));
        if (!newPin.isEmpty() && askHidden(ctx, QStringLiteral("再输入一次：")) != newPin)
            return ctx.fail(
                makeError("store.pin_mismatch", QStringLiteral("两次输入的新 PIN 不一样，PIN 没有更换。")));
    }
    if (oldPin.isEmpty() || newPin.isEmpty())
        return ctx.fail(
            makeError("store.no_pin",
                      QStringLiteral("更换 PIN 要有原来的和新的 PIN：在终端中运行，或设置环境变量 "
                                     "JUNHENG_PIN（原来的）和 JUNHENG_NEW_PIN（新的）。")),
            ExitUsage);
    if (Status changed = ctx.store->changePin(oldPin, newPin); !changed)
        return ctx.fail(changed.error());
    ctx.emitResult(QJsonObject{{"pin", "changed"}}, [&] {
        ctx.out << QStringLiteral("PIN 已更换。数据没有重新加密，只是换了保护密钥的 PIN。\n");
    });
    return ExitOk;
}

} // namespace junheng

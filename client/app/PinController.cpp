#include "PinController.h"

namespace junheng {

PinController::PinController(LocalStore *store, QObject *parent) : QObject(parent), m_store(store) {}

bool PinController::submit(const QString &pin, const QString &confirm)
{
    Status done = Ok{};
    if (settingUp()) {
        if (Status format = LocalStore::checkPinText(pin); !format)
            done = format;
        else if (confirm != pin)
            done = makeError("store.pin_mismatch", tr("两次输入的 PIN 不一样，请重新输入。"));
        else
            done = m_store->setPin(pin);
    } else {
        done = m_store->unlock(pin);
    }
    m_error = done ? QString() : done.error().message;
    emit stateChanged();
    return done.ok();
}

} // namespace junheng
